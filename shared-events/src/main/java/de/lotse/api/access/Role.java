package de.lotse.api.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the contract's role table. */
public enum Role {
    COACH,
    TEAM_LEAD,
    EVALUATOR,
    AUDITOR,
    HOUSING,
    ADMIN;

    /**
     * The role of that name, or empty for a name that is none of Lotse's: the authorities of a
     * sign-in and an identity provider's claims may carry others, which grant nothing here.
     */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** Whether this role may read every participant, not only an own caseload. */
    public boolean seesEveryParticipant() {
        return this == TEAM_LEAD || this == AUDITOR || this == ADMIN;
    }
}
