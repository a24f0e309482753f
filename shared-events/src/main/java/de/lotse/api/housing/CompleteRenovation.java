package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Complete a renovation: its units leave renovation. */
public record CompleteRenovation(@TargetAggregateIdentifier RenovationId renovationId, LocalDate date)
        implements RenovationCommand {}
