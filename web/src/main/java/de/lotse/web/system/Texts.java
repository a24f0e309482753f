package de.lotse.web.system;

import org.jspecify.annotations.Nullable;

/** A browser sends an empty text field as an empty string; the commands know only "given" or null. */
public final class Texts {

    private Texts() {}

    public static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
