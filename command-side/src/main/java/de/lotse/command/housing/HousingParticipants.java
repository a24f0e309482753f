package de.lotse.command.housing;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.command.participant.CaseloadAccessDenied;
import de.lotse.command.participant.PathwayRuleViolation;
import de.lotse.command.system.Refused;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What housing needs to know of a participant before it records them: that they are enrolled and
 * their data kept, and whether the caller may act for them. The intake register holds every
 * enrolled participant until erasure, with their coach; a participant missing from it whose
 * stream exists was erased.
 */
@Component
public class HousingParticipants {

    private final IntakeRegister register;
    private final EventStore events;

    public HousingParticipants(IntakeRegister register, EventStore events) {
        this.register = register;
        this.events = events;
    }

    /** Refuses an unknown participant ({@code 404}) and an erased one ({@code 409} already-erased). */
    public void requireOnPathway(ParticipantId participant) {
        if (register.holds(participant)) {
            return;
        }
        if (events.lastSequenceNumberFor(participant.toString()).isPresent()) {
            throw new PathwayRuleViolation(PathwayRule.ALREADY_ERASED, "The participant's personal data were erased.");
        }
        throw new Refused(Refusal.unknownParticipant(participant));
    }

    /**
     * A housing officer, team lead or administrator acts for any participant; a coach only for the
     * own caseload ({@code 403} otherwise); Lotse itself for anyone.
     */
    public void requireMayActFor(Caller caller, ParticipantId participant) {
        requireOnPathway(participant);
        if (caller.isSystem() || caller.may(Permission.MANAGE_HOUSING)) {
            return;
        }
        var ownCoach = register.coachOf(participant)
                .filter(coach -> caller.has(Role.COACH) && caller.user().equals(coach));
        if (ownCoach.isEmpty()) {
            throw new CaseloadAccessDenied(participant);
        }
    }
}
