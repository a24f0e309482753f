package de.lotse.command.participant;

import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The coach whose caseload the participant moves into. */
record CoachRequest(@NotBlank @Size(max = 100) String coach) {

    ReassignCoach toCommand(ParticipantId participantId) {
        return new ReassignCoach(participantId, coach);
    }
}
