package de.lotse.api.access;

import java.util.Set;

/**
 * Who sends a query or a command: the authenticated user name and roles. Queries carry it
 * because their handler may run in another JVM, where no security context exists.
 */
public record Caller(String user, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller may see participants of any coach, or only those in the own caseload. */
    public boolean seesEveryParticipant() {
        return roles.stream().anyMatch(Role::seesEveryParticipant);
    }

    /** Whether the caller may read or command the participant whose coach is {@code coach}. */
    public boolean mayAccessCaseloadOf(String coach) {
        return seesEveryParticipant() || (has(Role.COACH) && user.equals(coach));
    }
}
