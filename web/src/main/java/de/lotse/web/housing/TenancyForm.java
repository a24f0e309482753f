package de.lotse.web.housing;

import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.StartTenancy;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The tenancy an accepted offer leads to: from when, until when if agreed, the rent, and whether supported. */
@Chronological(from = "start", until = "end")
record TenancyForm(
        @NotNull @Nullable UUID offerId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate start,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate end,

        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Nullable BigDecimal rentCold,

        @Nullable Boolean supported) {

    StartTenancy toCommand(UnitId unit) {
        return new StartTenancy(
                unit,
                new OfferId(Objects.requireNonNull(offerId)),
                TenancyId.random(),
                Objects.requireNonNull(start),
                end,
                Objects.requireNonNull(rentCold),
                Boolean.TRUE.equals(supported));
    }
}
