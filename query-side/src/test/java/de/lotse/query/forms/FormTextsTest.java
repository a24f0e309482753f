package de.lotse.query.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.forms.FormLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundles the forms are printed from. A key missing from a translation would silently print
 * German in its column, so every bundle has exactly the German keys; and until a qualified
 * translator has reviewed a machine translation, the bundle says so, and so does the form.
 */
class FormTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final String GERMAN = "intake-form.properties";

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void translatesEveryGermanTextWithTheSamePlaceholders(FormLanguage language) {
        var german = load(GERMAN);
        var translation = load(file(language));

        assertThat(translation.stringPropertyNames()).isEqualTo(german.stringPropertyNames());
        german.stringPropertyNames()
                .forEach(key -> assertThat(placeholders(translation.getProperty(key)))
                        .as(language + " " + key)
                        .isEqualTo(placeholders(german.getProperty(key))));
    }

    @ParameterizedTest
    @EnumSource(
            value = FormLanguage.class,
            names = {"RO", "BG", "TR", "AR", "UK"})
    void marksAMachineTranslationAsNotYetReviewedInTheBundleAndOnTheForm(FormLanguage language) {
        assertThat(raw(file(language))).startsWith("# MACHINE TRANSLATION").contains("NOT YET REVIEWED");
        assertThat(FormTexts.of(language).text("form.translation.review"))
                .isNotEqualTo(german("form.translation.review"));
    }

    @Test
    void marksTheEnglishTextAsNotYetReviewedForLegalWording() {
        assertThat(FormTexts.of(FormLanguage.EN).text("form.translation.review"))
                .startsWith("Translation not yet reviewed for legal wording.");
    }

    @Test
    void readsTheBundleOfTheLanguageNeverTheMachinesDefault() {
        assertThat(FormTexts.german().text("question.gender")).isEqualTo("Geschlecht");
        assertThat(FormTexts.of(FormLanguage.RO).text("question.gender")).isEqualTo("Gen");
        assertThat(FormTexts.of(FormLanguage.UK).text("question.gender")).isEqualTo("Стать");
        assertThat(FormTexts.of(FormLanguage.AR).rightToLeft()).isTrue();
    }

    @Test
    void writesDatesAndNationalitiesInTheLanguage() {
        var day = LocalDate.of(2026, 1, 15);

        assertThat(FormTexts.german().date(day)).isEqualTo("15.01.2026");
        assertThat(FormTexts.of(FormLanguage.EN).date(day)).isEqualTo("2026-01-15");
        assertThat(FormTexts.german().nationality("BG")).isEqualTo("BG – Bulgarien");
        assertThat(FormTexts.of(FormLanguage.TR).nationality("UA")).isEqualTo("UA – Ukrayna");
        assertThat(FormTexts.of(FormLanguage.UK).nationality("XX")).isEqualTo("особа без громадянства");
    }

    private static String german(String key) {
        return FormTexts.german().text(key);
    }

    private static String file(FormLanguage language) {
        return "intake-form_" + language.code() + ".properties";
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER
                .matcher(text)
                .results()
                .map(match -> match.group())
                .sorted()
                .toList();
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String raw(String file) {
        try (var in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        var in = FormTextsTest.class.getResourceAsStream("/forms/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }
}
