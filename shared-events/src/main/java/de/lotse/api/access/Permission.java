package de.lotse.api.access;

import static de.lotse.api.access.Role.ADMIN;
import static de.lotse.api.access.Role.AUDITOR;
import static de.lotse.api.access.Role.COACH;
import static de.lotse.api.access.Role.EVALUATOR;
import static de.lotse.api.access.Role.HOUSING;
import static de.lotse.api.access.Role.TEAM_LEAD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The contract's role table, declared once: each action a person may take and the roles allowed
 * to take it. The API's and the web UI's security rules, the pages and every command and query
 * handler read it from here, so that a route, a button and a handler can never disagree. Whether
 * a coach may act on one particular participant (the own caseload) is decided on top of this,
 * where the participant's coach is known.
 */
public enum Permission {
    /** Intake and every command on a participant's pathway. */
    RECORD_PATHWAY(COACH, TEAM_LEAD, ADMIN),
    /** Moving a participant into another coach's caseload, or choosing the coach at intake. */
    REASSIGN_COACH(TEAM_LEAD, ADMIN),
    /** Erasing a participant's personal data. */
    ERASE_PERSONAL_DATA(ADMIN),
    /** The caseload, participants and their histories (read-only for auditors). */
    READ_PARTICIPANTS(COACH, TEAM_LEAD, AUDITOR, ADMIN),
    /** Every coach's participants, not only an own caseload. */
    READ_EVERY_PARTICIPANT(TEAM_LEAD, AUDITOR, ADMIN),
    /** The ESF+ report and the reports built like it. */
    READ_REPORTS(EVALUATOR, AUDITOR, TEAM_LEAD, ADMIN),
    /** The pseudonymised export of every participant. */
    EXPORT_PSEUDONYMISED(EVALUATOR, ADMIN),
    /** The global audit trail and the check of every hash chain. */
    AUDIT(AUDITOR, ADMIN),
    /** How far each read model has read the event stream. */
    WATCH_PROJECTIONS(ADMIN, EVALUATOR),
    /** Rebuilding a read model from the first event. */
    REBUILD_PROJECTIONS(ADMIN),
    /** Opening accounts, changing their roles, disabling them, resetting passwords, revoking anyone's token. */
    MANAGE_ACCOUNTS(ADMIN),
    /** The operational metrics ({@code /actuator/prometheus}). */
    READ_METRICS(ADMIN),
    /** Every housing command: properties, units, renovations and their workers, rights, vacancies, offers, tenancies. */
    MANAGE_HOUSING(HOUSING, TEAM_LEAD, ADMIN),
    /** Offering a vacancy and checking a tenancy; a coach for the own participants only. */
    OFFER_HOUSING(COACH, HOUSING, TEAM_LEAD, ADMIN),
    /** Units, vacancies, offers, tenancies and the occupancy-rights register. */
    READ_HOUSING(COACH, HOUSING, TEAM_LEAD, AUDITOR, ADMIN),
    /** A unit's stored events with their hashes. */
    READ_HOUSING_HISTORY(HOUSING, AUDITOR, ADMIN),
    /** The housing report. */
    READ_HOUSING_REPORT(EVALUATOR, AUDITOR, TEAM_LEAD, HOUSING, ADMIN),
    /** The worklist of what is due: a coach's own participants, everyone's for team leads and admins. */
    READ_WORKLIST(COACH, TEAM_LEAD, ADMIN),
    /** The directory of providers participants are referred to. */
    READ_PROVIDERS(COACH, TEAM_LEAD, AUDITOR, ADMIN),
    /** Listing providers in the directory. */
    MANAGE_PROVIDERS(TEAM_LEAD, ADMIN),
    /** The events the read models have parked, and retrying or dropping them. */
    HANDLE_PARKED_EVENTS(ADMIN);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = Set.copyOf(EnumSet.of(roles[0], roles));
    }

    /** The roles allowed to take this action. */
    public Set<Role> roles() {
        return roles;
    }

    /** The role names, as Spring Security's {@code hasAnyRole} takes them. */
    public String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    /**
     * Whether the caller may take this action. The system itself (deadlines, the retention sweep,
     * the first start) acts without a person and is never refused.
     */
    public boolean isGrantedTo(Caller caller) {
        return caller.isSystem() || caller.roles().stream().anyMatch(roles::contains);
    }
}
