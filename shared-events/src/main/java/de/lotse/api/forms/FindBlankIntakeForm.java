package de.lotse.api.forms;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Find the blank ESF+ entry questionnaire with the consent and data-protection notice, in German
 * and, side by side, in {@code beside} (German alone without it).
 */
public record FindBlankIntakeForm(Caller caller, @Nullable FormLanguage beside) {}
