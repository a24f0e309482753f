package de.lotse.api.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language printed beside the German text of a form, for the participants Lotse serves most:
 * new immigrants from Romania, Bulgaria, Türkiye, Ukraine and Arabic-speaking countries. German is
 * always printed, since the German text is the binding one.
 */
public enum FormLanguage {
    EN,
    RO,
    BG,
    TR,
    AR,
    UK;

    /** The ISO 639-1 code, as the {@code lang} parameter takes it: {@code ro}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the script runs right to left. */
    public boolean rightToLeft() {
        return this == AR;
    }

    /** The language of that code, or empty for a code no form is printed in. */
    public static Optional<FormLanguage> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equals(code))
                .findFirst();
    }

    /** Every code, for a message that lists the choices: {@code en, ro, bg, tr, ar, uk}. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(FormLanguage::code).toList());
    }
}
