package de.lotse.query.forms;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One question of the entry questionnaire, named by its bundle key: boxes to tick, or a line to
 * write on. On a filled form the participant's answer is ticked or written in; on a blank one every
 * box is empty and every line blank.
 */
sealed interface Question {

    String BOX = "☐";
    String TICKED_BOX = "☒";
    String BLANK_LINE = "________________________________";

    String key();

    /** The answer as printed under the question, a line each, in the language of {@code texts}. */
    List<String> answerLines(FormTexts texts);

    /**
     * Options to tick, each a bundle key; {@code ticked} is the option the participant chose. A short
     * list fits on one line, a longer one gets a line per option.
     */
    record Choice(
            String key, List<String> options, @Nullable String ticked) implements Question {

        private static final int OPTIONS_ON_ONE_LINE = 3;

        @Override
        public List<String> answerLines(FormTexts texts) {
            var boxes = options.stream()
                    .map(option -> (option.equals(ticked) ? TICKED_BOX : BOX) + " " + texts.text(option))
                    .toList();
            return boxes.size() <= OPTIONS_ON_ONE_LINE
                    ? List.of(boxes.stream().collect(Collectors.joining("    ")))
                    : boxes;
        }
    }

    /** A line to write on; {@code answer} words the participant's answer in a language, if there is one. */
    record Line(String key, @Nullable Function<FormTexts, @Nullable String> answer) implements Question {

        @Override
        public List<String> answerLines(FormTexts texts) {
            var written = answer == null ? null : answer.apply(texts);
            return List.of(written == null ? BLANK_LINE : written);
        }
    }
}
