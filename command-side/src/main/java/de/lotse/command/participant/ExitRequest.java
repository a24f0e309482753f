package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.RecordExit;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the participant left the programme, and why. */
record ExitRequest(@NotNull LocalDate exitDate, @NotNull ExitReason reason) {

    RecordExit toCommand(ParticipantId participantId) {
        return new RecordExit(participantId, exitDate, reason);
    }
}
