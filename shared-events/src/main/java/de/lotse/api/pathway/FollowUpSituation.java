package de.lotse.api.pathway;

/** The situation found at the six-month follow-up; UNREACHABLE when the contact failed. */
public enum FollowUpSituation {
    JOB_SEARCHING,
    EDUCATION_OR_TRAINING,
    EMPLOYED,
    SELF_EMPLOYED,
    INACTIVE,
    UNREACHABLE
}
