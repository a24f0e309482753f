package de.lotse.api.housing;

/**
 * A housing rule that a command broke, with what made it break. It travels as the details of
 * Axon's command execution exception, so that every deployment answers with the same problem.
 */
public record HousingViolation(HousingRule rule, String detail) {}
