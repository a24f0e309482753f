package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the day the tenant moved in. */
public record RecordMoveIn(@TargetAggregateIdentifier UnitId unitId, TenancyId tenancyId, LocalDate date)
        implements UnitCommand {}
