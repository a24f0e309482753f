package de.lotse.api.housing;

import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Employ a participant on a renovation from a date on, for some hours a week. */
public record EmployOnRenovation(
        @TargetAggregateIdentifier RenovationId renovationId,
        ParticipantId participantId,
        LocalDate from,
        BigDecimal hoursPerWeek)
        implements RenovationCommand {}
