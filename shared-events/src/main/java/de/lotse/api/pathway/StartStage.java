package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a stage of the route on the given date. */
public record StartStage(@TargetAggregateIdentifier ParticipantId participantId, Stage stage, LocalDate startDate) {}
