package de.lotse.web.system;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Permission;
import de.lotse.api.access.Role;
import java.util.Arrays;
import java.util.List;

/**
 * The signed-in user as the pages need them: the name, and which parts of the role table are open
 * to them, so that a page offers only what the user may do. Every question is answered by {@link
 * Permission}, the same table the security rules and the handlers read.
 */
public record Viewer(String user, List<Role> roles) {

    public Viewer {
        roles = List.copyOf(roles);
    }

    public static Viewer of(Caller caller) {
        return new Viewer(
                caller.user(), Arrays.stream(Role.values()).filter(caller::has).toList());
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(permission.roles()::contains);
    }

    /** Intake and every command on participants. */
    public boolean commands() {
        return may(Permission.RECORD_PATHWAY);
    }

    /** The caseload and participant pages (read-only for auditors). */
    public boolean readsParticipants() {
        return may(Permission.READ_PARTICIPANTS);
    }

    /** Whether the user may put a participant into another coach's caseload. */
    public boolean choosesCoach() {
        return may(Permission.REASSIGN_COACH);
    }

    /** Whether the caseload shows every coach's participants, so that filtering by coach makes sense. */
    public boolean seesEveryParticipant() {
        return may(Permission.READ_EVERY_PARTICIPANT);
    }

    public boolean readsReports() {
        return may(Permission.READ_REPORTS);
    }

    public boolean readsHistories() {
        return readsParticipants();
    }

    /** The global audit trail and the check of every hash chain. */
    public boolean audits() {
        return may(Permission.AUDIT);
    }

    /** How far each read model has read the event stream. */
    public boolean watchesProjections() {
        return may(Permission.WATCH_PROJECTIONS);
    }

    /** Rebuilds, erasure and the administration pages. */
    public boolean administers() {
        return may(Permission.MANAGE_ACCOUNTS);
    }

    /** The worklist of what is due, the start page of those who have one. */
    public boolean readsWorklist() {
        return may(Permission.READ_WORKLIST);
    }

    /** The events the read models have parked, and retrying or dropping them. */
    public boolean handlesParkedEvents() {
        return may(Permission.HANDLE_PARKED_EVENTS);
    }

    /** Units, vacancies, offers, tenancies, properties and the occupancy-rights register. */
    public boolean readsHousing() {
        return may(Permission.READ_HOUSING);
    }

    /** Every housing command: properties, units, renovations, rights, vacancies, answers and tenancies. */
    public boolean managesHousing() {
        return may(Permission.MANAGE_HOUSING);
    }

    /** Offering a vacancy and checking a tenancy (a coach for the own participants only). */
    public boolean offersHousing() {
        return may(Permission.OFFER_HOUSING);
    }

    /** A unit's stored events with their hashes. */
    public boolean readsUnitHistories() {
        return may(Permission.READ_HOUSING_HISTORY);
    }

    public boolean readsHousingReport() {
        return may(Permission.READ_HOUSING_REPORT);
    }

    /** The providers coaches refer participants to. */
    public boolean readsProviders() {
        return may(Permission.READ_PROVIDERS);
    }

    public boolean managesProviders() {
        return may(Permission.MANAGE_PROVIDERS);
    }
}
