package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.DUPLICATE_INTAKE;

import de.lotse.api.access.Caller;
import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.intake.IntakeRegister;
import java.util.Optional;

/**
 * The duplicate check of an intake, and of a correction of who the person is, as seen by one
 * caller. The existing participant is named only to a caller who may read them; anyone else learns
 * that the person is enrolled in another caseload, which a team lead can move them out of.
 */
record DuplicateIntakes(IntakeRegister register, Caller caller) {

    /** Claims the person's place in the register for a new participant. */
    void requireNoneFor(EnrolParticipant intake) {
        requireNone(register.claim(intake.participantId(), intake.personalDetails()));
    }

    /** Moves the participant's place to the corrected details, when the correction changes who they are. */
    void requireNoneAfter(CorrectIntake correction, IntakeFacts corrected) {
        if (correction.field().isPersonal()) {
            requireNone(register.rekey(correction.participantId(), corrected.personalDetails()));
        }
    }

    private void requireNone(Optional<ParticipantId> existing) {
        existing.ifPresent(other -> {
            if (caller.isSystem()
                    || register.coachOf(other)
                            .filter(caller::mayAccessCaseloadOf)
                            .isPresent()) {
                throw new PathwayRuleViolation(
                        DUPLICATE_INTAKE,
                        "Participant " + other + " has the same name, date of birth and postcode.",
                        other);
            }
            throw new PathwayRuleViolation(
                    DUPLICATE_INTAKE,
                    "The person is already enrolled in another caseload; a team lead can reassign them to you.");
        });
    }
}
