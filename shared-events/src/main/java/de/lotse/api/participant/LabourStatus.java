package de.lotse.api.participant;

/** Labour status on the entry date; exactly one per participant (EECO02 + EECO04 + EECO05 = EECO01). */
public enum LabourStatus {
    UNEMPLOYED,
    LONG_TERM_UNEMPLOYED,
    INACTIVE,
    EMPLOYED,
    SELF_EMPLOYED
}
