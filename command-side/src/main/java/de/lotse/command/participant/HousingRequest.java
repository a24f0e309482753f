package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.RecordHousingSituation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where the participant lives from a date on. */
record HousingRequest(
        @NotNull LocalDate date,
        @NotNull HousingSituation situation,
        @Nullable @Size(max = 2000) String detail) {

    RecordHousingSituation toCommand(ParticipantId participantId) {
        return new RecordHousingSituation(participantId, date, situation, detail);
    }
}
