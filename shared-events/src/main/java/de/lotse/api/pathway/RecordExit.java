package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the participant left the programme; active stages end with it. */
public record RecordExit(
        @TargetAggregateIdentifier ParticipantId participantId, LocalDate exitDate, ExitReason reason) {}
