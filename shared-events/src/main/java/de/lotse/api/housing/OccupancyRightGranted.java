package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A grantor (the housing office as a rule) granted an occupancy right on the unit for a period. */
@JsonTypeName("OccupancyRightGranted")
@Revision("1")
public record OccupancyRightGranted(
        UnitId unitId,
        OccupancyRightId occupancyRightId,
        String grantor,
        OccupancyRightKind kind,
        LocalDate validFrom,
        LocalDate validUntil)
        implements HousingEvent {}
