package de.lotse.query.forms;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantView;
import de.lotse.query.forms.Question.Choice;
import de.lotse.query.forms.Question.Line;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every question of the ESF+ entry questionnaire (Regulation (EU) 2021/1057, Annex I, as the German
 * "Teilnehmendenstammblatt" asks it), with its answer options in the order of the intake, blank or
 * answered with what is recorded for a participant (corrections applied). The questions the
 * regulation lets participants decline are one section, whose hint says that "declined" is an answer.
 */
final class IntakeQuestions {

    private static final List<String> ANSWERS = keys("answer", Answer.values());
    private static final List<String> YES_NO = List.of("answer.YES", "answer.NO");

    private final Optional<ParticipantView> participant;

    private IntakeQuestions(Optional<ParticipantView> participant) {
        this.participant = participant;
    }

    static List<Section> blank() {
        return new IntakeQuestions(Optional.empty()).sections();
    }

    static List<Section> answeredBy(ParticipantView participant) {
        return new IntakeQuestions(Optional.of(participant)).sections();
    }

    private List<Section> sections() {
        return List.of(person(), entry(), characteristics());
    }

    private Section person() {
        return new Section(
                "section.person",
                null,
                List.of(
                        line("question.firstName", (p, texts) -> p.firstName()),
                        line("question.lastName", (p, texts) -> p.lastName()),
                        line("question.dateOfBirth", IntakeQuestions::dateOfBirth),
                        line("question.postcode", (p, texts) -> p.postcode()),
                        choice("question.rural", YES_NO, p -> p.rural() ? "answer.YES" : "answer.NO"),
                        choice("question.gender", keys("gender", Gender.values()), p -> "gender." + p.gender()),
                        line("question.nationality", (p, texts) -> texts.nationality(p.nationality()))));
    }

    private Section entry() {
        var labourStatuses = keys("labourStatus", LabourStatus.values());
        return new Section(
                "section.entry",
                null,
                List.of(
                        line("question.entryDate", (p, texts) -> texts.date(p.entryDate())),
                        choice("question.labourStatus", labourStatuses, p -> "labourStatus." + p.labourStatus()),
                        choice("question.isced", iscedLevels(), IntakeQuestions::isced)));
    }

    /**
     * The sensitive questions a participant may decline (disability, foreign background, minority,
     * homelessness), where "declined" is a recorded answer, never a blank.
     */
    private Section characteristics() {
        return new Section(
                "section.characteristics",
                "section.characteristics.hint",
                List.of(
                        choice("question.foreignBackground", ANSWERS, p -> "answer." + p.foreignBackground()),
                        choice("question.disability", ANSWERS, p -> "answer." + p.disability()),
                        choice("question.minority", ANSWERS, p -> "answer." + p.minority()),
                        choice("question.homeless", ANSWERS, p -> "answer." + p.homeless())));
    }

    private Question line(String key, BiFunction<ParticipantView, FormTexts, @Nullable String> answer) {
        var answered = participant.orElse(null);
        return new Line(key, answered == null ? null : texts -> answer.apply(answered, texts));
    }

    private Question choice(String key, List<String> options, Function<ParticipantView, String> ticked) {
        return new Choice(key, options, participant.map(ticked).orElse(null));
    }

    private static @Nullable String dateOfBirth(ParticipantView participant, FormTexts texts) {
        var born = participant.dateOfBirth();
        return born == null ? null : texts.date(born);
    }

    private static String isced(ParticipantView participant) {
        return participant.isced() == null ? "isced.unknown" : "isced." + participant.isced();
    }

    private static List<String> iscedLevels() {
        return Stream.concat(
                        IntStream.rangeClosed(0, 8).mapToObj(level -> "isced." + level), Stream.of("isced.unknown"))
                .toList();
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + "." + value.name()).toList();
    }
}
