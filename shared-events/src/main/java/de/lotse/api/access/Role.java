package de.lotse.api.access;

/** The roles of the contract's role table. */
public enum Role {
    COACH,
    TEAM_LEAD,
    EVALUATOR,
    AUDITOR,
    ADMIN;

    /** Whether this role may read and command every participant, not only an own caseload. */
    public boolean seesEveryParticipant() {
        return this == TEAM_LEAD || this == AUDITOR || this == ADMIN;
    }
}
