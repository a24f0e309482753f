package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The day a stage was broken off, and why. */
record StageAbortRequest(
        @NotNull LocalDate date, @NotBlank @Size(max = 2000) String reason) {

    AbortStage toCommand(ParticipantId participantId, Stage stage) {
        return new AbortStage(participantId, stage, date, reason);
    }
}
