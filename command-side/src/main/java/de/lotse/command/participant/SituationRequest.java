package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The labour-market situation found on a date. */
record SituationRequest(
        @NotNull LocalDate date,
        @NotNull LabourMarketSituation situation,
        @Nullable @Size(max = 2000) String detail) {

    RecordLabourMarketSituation toCommand(ParticipantId participantId) {
        return new RecordLabourMarketSituation(participantId, date, situation, detail);
    }
}
