package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Record the participant's labour-market situation on a date, during participation or after exit. */
public record RecordLabourMarketSituation(
        @TargetAggregateIdentifier ParticipantId participantId,
        LocalDate date,
        LabourMarketSituation situation,
        @Nullable String detail) {}
