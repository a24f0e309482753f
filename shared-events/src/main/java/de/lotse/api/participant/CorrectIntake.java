package de.lotse.api.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Correct one answer given at intake; the original stays in the history. */
public record CorrectIntake(
        @TargetAggregateIdentifier ParticipantId participantId,
        IntakeField field,
        @Nullable String value,
        String reason) {}
