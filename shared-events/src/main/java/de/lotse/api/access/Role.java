package de.lotse.api.access;

/** The roles of the contract's role table. */
public enum Role {
    COACH,
    TEAM_LEAD,
    EVALUATOR,
    AUDITOR,
    HOUSING,
    ADMIN;

    /** Whether this role may read every participant, not only an own caseload. */
    public boolean seesEveryParticipant() {
        return this == TEAM_LEAD || this == AUDITOR || this == ADMIN;
    }
}
