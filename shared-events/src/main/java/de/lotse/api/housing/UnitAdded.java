package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A unit of a property joined the portfolio; it starts the unit's stream. It carries the
 * property's holding, which decides whether an offer needs a valid occupancy right.
 */
@JsonTypeName("UnitAdded")
@Revision("1")
public record UnitAdded(
        UnitId unitId,
        PropertyId propertyId,
        String label,
        int rooms,
        BigDecimal areaSqm,
        BigDecimal rentCold,
        boolean accessible,
        Holding holding)
        implements HousingEvent {}
