package de.lotse.api.pathway;

import org.jspecify.annotations.Nullable;

/**
 * A pathway rule that a command broke, with what made it break. It travels as the details of
 * Axon's command execution exception, so that every deployment answers with the same problem.
 * {@code existingId} names the participant a duplicate intake collides with.
 */
public record RuleViolation(
        PathwayRule rule, String detail, @Nullable String existingId) {}
