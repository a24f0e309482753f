package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The day a stage was completed, with an optional note. */
record StageCompletionRequest(
        @NotNull LocalDate date, @Nullable @Size(max = 2000) String note) {

    CompleteStage toCommand(ParticipantId participantId, Stage stage) {
        return new CompleteStage(participantId, stage, date, note);
    }
}
