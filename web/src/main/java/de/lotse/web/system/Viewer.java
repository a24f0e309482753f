package de.lotse.web.system;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import java.util.Arrays;
import java.util.List;

/**
 * The signed-in user as the pages need them: the name, and which parts of the contract's role
 * table are open to them, so that a page offers only what the user may do.
 */
public record Viewer(String user, List<Role> roles) {

    public Viewer {
        roles = List.copyOf(roles);
    }

    public static Viewer of(Caller caller) {
        return new Viewer(
                caller.user(), Arrays.stream(Role.values()).filter(caller::has).toList());
    }

    /** Intake and every command on participants. */
    public boolean commands() {
        return any(Role.COACH, Role.TEAM_LEAD, Role.ADMIN);
    }

    /** The caseload and participant pages (read-only for auditors). */
    public boolean readsParticipants() {
        return any(Role.COACH, Role.TEAM_LEAD, Role.AUDITOR, Role.ADMIN);
    }

    /** Whether the intake lets the user put the participant into another coach's caseload. */
    public boolean choosesCoach() {
        return any(Role.TEAM_LEAD, Role.ADMIN);
    }

    /** Whether the caseload shows every coach's participants, so that filtering by coach makes sense. */
    public boolean seesEveryParticipant() {
        return any(Role.TEAM_LEAD, Role.AUDITOR, Role.ADMIN);
    }

    public boolean readsReports() {
        return any(Role.EVALUATOR, Role.AUDITOR, Role.TEAM_LEAD, Role.ADMIN);
    }

    public boolean readsHistories() {
        return readsParticipants();
    }

    /** The global audit trail and the check of every hash chain. */
    public boolean audits() {
        return any(Role.AUDITOR, Role.ADMIN);
    }

    /** How far each read model has read the event stream. */
    public boolean watchesProjections() {
        return any(Role.ADMIN, Role.EVALUATOR);
    }

    public boolean administers() {
        return any(Role.ADMIN);
    }

    private boolean any(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
