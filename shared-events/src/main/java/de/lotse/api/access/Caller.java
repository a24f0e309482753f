package de.lotse.api.access;

import java.util.Set;

/**
 * Who sends a query or a command: the authenticated user name and roles. Queries carry it
 * because their handler may run in another JVM, where no security context exists.
 */
public record Caller(String user, Set<Role> roles) {

    /** The name under which Lotse acts on its own (deadlines, the retention sweep, the first start). */
    public static final String SYSTEM_USER = "system";

    /** Lotse itself, acting without a person. No account may take this name. */
    public static final Caller SYSTEM = new Caller(SYSTEM_USER, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean may(Permission permission) {
        return permission.isGrantedTo(this);
    }

    /** Whether this is Lotse itself rather than a signed-in person. */
    public boolean isSystem() {
        return SYSTEM_USER.equals(user) && roles.isEmpty();
    }

    /** Whether the caller may see participants of any coach, or only those in the own caseload. */
    public boolean seesEveryParticipant() {
        return may(Permission.READ_EVERY_PARTICIPANT);
    }

    /** Whether the caller may read or command the participant whose coach is {@code coach}. */
    public boolean mayAccessCaseloadOf(String coach) {
        return seesEveryParticipant() || (has(Role.COACH) && user.equals(coach));
    }
}
