package de.lotse.api.housing;

/** How a tenancy stood at a check (due 3, 6 and 12 months after the move-in). */
public enum CheckStatus {
    STABLE,
    AT_RISK,
    ARREARS
}
