package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An intake field that a correction may change, under its name in the intake request. A
 * correction carries its new value as text; each field parses that text into its typed value
 * (a {@link Gender}, a {@link LocalDate}, the ISCED level as an {@link Integer} …) here and
 * nowhere else, and knows which values are valid on their own, so that a bad correction is refused
 * at the edge. The coach is not here: reassigning a participant is not a correction of what was
 * answered.
 */
public enum IntakeField {
    FIRST_NAME("firstName", Kind.NAME, true),
    LAST_NAME("lastName", Kind.NAME, true),
    DATE_OF_BIRTH("dateOfBirth", Kind.DATE_OF_BIRTH, true),
    POSTCODE("postcode", Kind.POSTCODE, true),
    GENDER("gender", Kind.of(Gender.class), false),
    ENTRY_DATE("entryDate", Kind.DATE, false),
    LABOUR_STATUS("labourStatus", Kind.of(LabourStatus.class), false),
    ISCED("isced", Kind.ISCED, false),
    NATIONALITY("nationality", Kind.NATIONALITY, false),
    FOREIGN_BACKGROUND("foreignBackground", Kind.of(Answer.class), false),
    DISABILITY("disability", Kind.of(Answer.class), false),
    MINORITY("minority", Kind.of(Answer.class), false),
    HOMELESS("homeless", Kind.of(Answer.class), false),
    RURAL("rural", Kind.BOOLEAN, false);

    private final String wireName;
    private final Kind<?> kind;
    private final boolean personal;

    IntakeField(String wireName, Kind<?> kind, boolean personal) {
        this.wireName = wireName;
        this.kind = kind;
        this.personal = personal;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static IntakeField fromWireName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown intake field: " + name));
    }

    public static Optional<IntakeField> find(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /** Whether the field identifies the person (and so is erased with the personal data). */
    public boolean isPersonal() {
        return personal;
    }

    /** Whether {@code value} is valid for this field on its own; only ISCED may be unknown (null). */
    public boolean accepts(@Nullable String value) {
        if (value == null) {
            return this == ISCED;
        }
        try {
            return kind.accepts(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The typed value of a correction to this field: text for names and the postcode, a {@link
     * LocalDate}, an enum constant, an {@link Integer} for ISCED, a {@link Nationality} or a {@link
     * Boolean}; null only for an unknown ISCED. A stored correction is parsed without the checks of
     * {@link #accepts}, which judge a new value against today: it was accepted when it was made.
     *
     * @throws IllegalArgumentException if the text is not of the field's type
     */
    public @Nullable Object parse(@Nullable String value) {
        if (personal && PersonalDetails.ERASED.equals(value)) {
            // A stored correction of a personal field reads so once the person was erased: a name or
            // postcode as the marker itself, the date of birth as gone, like the intake's own.
            return kind.type() == String.class ? value : null;
        }
        if (value == null) {
            if (this == ISCED) {
                return null;
            }
            throw new IllegalArgumentException("only ISCED may be corrected to unknown, not " + wireName);
        }
        try {
            return kind.parser().apply(value);
        } catch (DateTimeParseException e) {
            // Without the text: a date of birth is personal data.
            throw new IllegalArgumentException("not a date for " + wireName, e);
        }
    }

    /**
     * {@link #parse(String)} for a caller that knows the field's type, such as {@code LocalDate} for
     * the entry date, and needs a value: an unknown ISCED is refused here too.
     */
    public <T> T parse(@Nullable String value, Class<T> type) {
        if (!type.equals(kind.type())) {
            throw new IllegalArgumentException(
                    wireName + " holds " + kind.type().getSimpleName() + ", not " + type);
        }
        var parsed = parse(value);
        if (parsed == null) {
            throw new IllegalArgumentException(wireName + " is unknown");
        }
        return type.cast(parsed);
    }

    /** A field's value type, how its text parses, and what it must satisfy on its own beyond parsing. */
    private record Kind<T>(Class<T> type, Function<String, T> parser, Predicate<T> rule) {

        static final Kind<String> NAME = new Kind<>(String.class, text -> text, t -> !t.isBlank() && t.length() <= 100);
        static final Kind<String> POSTCODE =
                new Kind<>(String.class, text -> text, t -> t.matches("[0-9A-Za-z -]{3,10}"));
        static final Kind<LocalDate> DATE = new Kind<>(LocalDate.class, LocalDate::parse, date -> true);
        /** As the intake's {@code @Past}: a date of birth today or later is a typing error. */
        static final Kind<LocalDate> DATE_OF_BIRTH =
                new Kind<>(LocalDate.class, LocalDate::parse, date -> date.isBefore(LocalDate.now()));

        static final Kind<Integer> ISCED = new Kind<>(Integer.class, Kind::iscedLevel, level -> true);
        static final Kind<Nationality> NATIONALITY = new Kind<>(Nationality.class, Nationality::of, n -> true);
        static final Kind<Boolean> BOOLEAN = new Kind<>(Boolean.class, Kind::strictBoolean, b -> true);

        static <E extends Enum<E>> Kind<E> of(Class<E> type) {
            return new Kind<>(type, name -> Enum.valueOf(type, name), constant -> true);
        }

        boolean accepts(String value) {
            return rule.test(parser.apply(value));
        }

        /** One of the ISCED 2011 levels 0 to 8, written as the single digit. */
        private static Integer iscedLevel(String text) {
            if (!text.matches("[0-8]")) {
                throw new IllegalArgumentException("not an ISCED level: " + text);
            }
            return Integer.valueOf(text);
        }

        private static Boolean strictBoolean(String text) {
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("neither true nor false: " + text);
            };
        }
    }
}
