package de.lotse.api.support;

/** How a referral ended, as the coach learned it from the person or the provider. */
public enum ReferralOutcome {
    RESOLVED,
    PARTLY_RESOLVED,
    NOT_RESOLVED,
    WITHDRAWN;

    /** Whether closing with this outcome must say why: a need left unmet has to be explained. */
    public boolean needsReason() {
        return this == NOT_RESOLVED;
    }
}
