package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The stage to start and its first day. */
record StageStartRequest(@NotNull Stage stage, @NotNull LocalDate startDate) {

    StartStage toCommand(ParticipantId participantId) {
        return new StartStage(participantId, stage, startDate);
    }
}
