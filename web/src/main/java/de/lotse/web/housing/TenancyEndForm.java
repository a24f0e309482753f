package de.lotse.web.housing;

import de.lotse.api.housing.EndTenancy;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The last day of a tenancy and why it ended. */
record TenancyEndForm(
        @NotNull @Nullable UUID tenancyId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable TenancyEndReason reason) {

    EndTenancy toCommand(UnitId unit) {
        return new EndTenancy(
                unit,
                new TenancyId(Objects.requireNonNull(tenancyId)),
                Objects.requireNonNull(date),
                Objects.requireNonNull(reason));
    }
}
