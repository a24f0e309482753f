package de.lotse.api.pathway;

/** The stages of the integration route, in the order a participant usually walks them. */
public enum Stage {
    COACHING,
    QUALIFICATION,
    LANGUAGE_SUPPORT,
    JOB_PLACEMENT,
    HOUSING_INTEGRATION
}
