package de.lotse.api.housing;

import java.time.LocalDate;

/** One occupancy right in the register: on which unit, of which kind, from whom, and for which days (both included). */
public record OccupancyRightEntry(
        String id,
        String unitId,
        String address,
        String label,
        OccupancyRightKind kind,
        String grantor,
        LocalDate validFrom,
        LocalDate validUntil) {}
