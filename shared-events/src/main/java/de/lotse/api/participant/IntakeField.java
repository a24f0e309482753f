package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An intake field that a correction may change, under its name in the intake request. Each field
 * knows which values are valid on their own, so that a bad correction is refused at the edge.
 * The coach is not here: reassigning a participant is not a correction of what was answered.
 */
public enum IntakeField {
    FIRST_NAME("firstName", IntakeField::isText, true),
    LAST_NAME("lastName", IntakeField::isText, true),
    DATE_OF_BIRTH("dateOfBirth", IntakeField::isPastDate, true),
    POSTCODE("postcode", IntakeField::isPostcode, true),
    GENDER("gender", v -> isEnum(Gender.class, v), false),
    ENTRY_DATE("entryDate", IntakeField::isDate, false),
    LABOUR_STATUS("labourStatus", v -> isEnum(LabourStatus.class, v), false),
    ISCED("isced", v -> v.matches("[0-8]"), false),
    NATIONALITY("nationality", Nationality::isValid, false),
    FOREIGN_BACKGROUND("foreignBackground", v -> isEnum(Answer.class, v), false),
    DISABILITY("disability", v -> isEnum(Answer.class, v), false),
    MINORITY("minority", v -> isEnum(Answer.class, v), false),
    HOMELESS("homeless", v -> isEnum(Answer.class, v), false),
    RURAL("rural", v -> v.equals("true") || v.equals("false"), false);

    private final String wireName;
    private final Predicate<String> validValue;
    private final boolean personal;

    IntakeField(String wireName, Predicate<String> validValue, boolean personal) {
        this.wireName = wireName;
        this.validValue = validValue;
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
        return value == null ? this == ISCED : validValue.test(value);
    }

    private static boolean isText(String value) {
        return !value.isBlank() && value.length() <= 100;
    }

    private static boolean isPostcode(String value) {
        return value.matches("[0-9A-Za-z -]{3,10}");
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** As the intake's {@code @Past}: a date of birth today or later is a typing error. */
    private static boolean isPastDate(String value) {
        return isDate(value) && LocalDate.parse(value).isBefore(LocalDate.now());
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }
}
