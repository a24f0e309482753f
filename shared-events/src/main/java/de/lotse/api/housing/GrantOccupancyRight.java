package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an occupancy right granted on a unit for a period. */
public record GrantOccupancyRight(
        @TargetAggregateIdentifier UnitId unitId,
        OccupancyRightId occupancyRightId,
        String grantor,
        OccupancyRightKind kind,
        LocalDate validFrom,
        LocalDate validUntil)
        implements UnitCommand {}
