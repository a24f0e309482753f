package de.lotse.api.housing;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a unit to a property; it starts the unit's stream. */
public record AddUnit(
        @TargetAggregateIdentifier UnitId unitId,
        PropertyId propertyId,
        String label,
        int rooms,
        BigDecimal areaSqm,
        BigDecimal rentCold,
        boolean accessible) {}
