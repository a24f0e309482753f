package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Complete an active stage on the given date, with an optional note. */
public record CompleteStage(
        @TargetAggregateIdentifier ParticipantId participantId,
        Stage stage,
        LocalDate date,
        @Nullable String note) {}
