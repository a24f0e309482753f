package de.lotse.api.support;

import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Record a support for the participant's mobility, with the region it aims at and what it cost. */
public record RecordMobilitySupport(
        @TargetAggregateIdentifier ParticipantId participantId,
        LocalDate date,
        MobilityKind kind,
        @Nullable String region,
        @Nullable BigDecimal amountEur,
        @Nullable String note) {

    public RecordMobilitySupport {
        amountEur = Euros.inCents(amountEur);
    }
}
