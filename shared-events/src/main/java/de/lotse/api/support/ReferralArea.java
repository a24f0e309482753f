package de.lotse.api.support;

/** The part of the person's living conditions a referral is meant to secure. */
public enum ReferralArea {
    SUBSISTENCE,
    HEALTH,
    CHILDCARE,
    DEBT,
    DOCUMENTS,
    LEGAL,
    ADDICTION,
    OTHER
}
