package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Abort an active stage on the given date, saying why. */
public record AbortStage(
        @TargetAggregateIdentifier ParticipantId participantId, Stage stage, LocalDate date, String reason) {}
