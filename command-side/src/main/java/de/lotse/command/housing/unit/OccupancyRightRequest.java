package de.lotse.command.housing.unit;

import de.lotse.api.housing.GrantOccupancyRight;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An occupancy right on the unit: who granted it, its kind and its period, both days included. */
record OccupancyRightRequest(
        @NotBlank @Size(max = 200) String grantor,
        @NotNull OccupancyRightKind kind,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil) {

    @AssertTrue(message = "must not lie before validFrom") boolean isValidUntil() {
        return validFrom == null || validUntil == null || !validUntil.isBefore(validFrom);
    }

    GrantOccupancyRight toCommand(UnitId unit, OccupancyRightId right) {
        return new GrantOccupancyRight(unit, right, grantor, kind, validFrom, validUntil);
    }
}
