package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Record where the participant lives from the given date on. */
public record RecordHousingSituation(
        @TargetAggregateIdentifier ParticipantId participantId,
        LocalDate date,
        HousingSituation situation,
        @Nullable String detail) {}
