package de.lotse.api.housing;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start renovating some units of a property. */
public record StartRenovation(
        @TargetAggregateIdentifier RenovationId renovationId,
        PropertyId propertyId,
        LocalDate startDate,
        LocalDate plannedEnd,
        String description,
        List<UnitId> unitIds) {}
