package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.RecordFollowUp;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What the six-month follow-up found, and whether the situation is better than at entry. */
record FollowUpRequest(
        @NotNull LocalDate date,
        @NotNull FollowUpSituation situation,
        @NotNull Boolean betterSituation) {

    RecordFollowUp toCommand(ParticipantId participantId) {
        return new RecordFollowUp(participantId, date, situation, betterSituation);
    }
}
