package de.lotse.query.forms;

import de.lotse.api.forms.FormLanguage;
import de.lotse.api.participant.Nationality;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the printed forms in one language, from the bundle {@code forms/intake-form}: German
 * in the base file, which is the binding text, and one file per {@link FormLanguage}. A bundle never
 * falls back to the machine's default language, so a form prints the same wherever it runs.
 */
final class FormTexts {

    private static final String BUNDLE = "forms/intake-form";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean rightToLeft;

    private FormTexts(Locale locale, boolean rightToLeft) {
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                FormTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    static FormTexts german() {
        return new FormTexts(Locale.GERMAN, false);
    }

    static FormTexts of(FormLanguage language) {
        return new FormTexts(new Locale(language.code()), language.rightToLeft());
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /** A text with placeholders ({@code {0}}), filled in as {@link MessageFormat} does. */
    String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("form.date.pattern"), locale).format(date);
    }

    /** The country's code and its name in this language, e.g. {@code RO – România}; stateless in words. */
    String nationality(String code) {
        if (Nationality.STATELESS.equals(code)) {
            return text("nationality.stateless");
        }
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : code + " – " + name;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }
}
