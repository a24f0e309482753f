package de.lotse.api.pathway;

/** A participant's situation on the labour market on a given date. */
public enum LabourMarketSituation {
    JOB_SEARCHING,
    EDUCATION_OR_TRAINING,
    EMPLOYED,
    SELF_EMPLOYED,
    INACTIVE
}
