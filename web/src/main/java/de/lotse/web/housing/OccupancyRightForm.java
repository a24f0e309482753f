package de.lotse.web.housing;

import de.lotse.api.housing.GrantOccupancyRight;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** An occupancy right a housing office grants on the unit, for a period. */
@Chronological(from = "validFrom", until = "validUntil")
record OccupancyRightForm(
        @NotBlank @Size(max = 200) @Nullable String grantor,
        @NotNull @Nullable OccupancyRightKind kind,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validFrom,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validUntil) {

    static OccupancyRightForm blank(LocalDate today) {
        return new OccupancyRightForm(null, null, today, null);
    }

    GrantOccupancyRight toCommand(UnitId unit) {
        return new GrantOccupancyRight(
                unit,
                OccupancyRightId.random(),
                Objects.requireNonNull(grantor).strip(),
                Objects.requireNonNull(kind),
                Objects.requireNonNull(validFrom),
                Objects.requireNonNull(validUntil));
    }
}
