package de.lotse.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One unit as the housing officer sees it in the portfolio list: where it is, what it is, its
 * status today and the occupancy right valid today, if any.
 */
public record UnitSummary(
        String id,
        String propertyId,
        String address,
        String district,
        String label,
        int rooms,
        BigDecimal areaSqm,
        BigDecimal rentCold,
        boolean accessible,
        UnitStatus status,
        @Nullable RightInForce occupancyRight) {

    /** The kind of the occupancy right valid today and the last day it is valid. */
    public record RightInForce(OccupancyRightKind kind, LocalDate validUntil) {}
}
