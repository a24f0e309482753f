package de.lotse.command.housing.unit;

import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.StartTenancy;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The tenancy of an accepted offer: from {@code start}, to {@code end} or open-ended, its cold rent, and whether supported. */
record TenancyRequest(
        @NotNull LocalDate start,
        @Nullable LocalDate end,

        @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal rentCold,

        @NotNull Boolean supported) {

    @AssertTrue(message = "must not lie before start") boolean isEnd() {
        return start == null || end == null || !end.isBefore(start);
    }

    StartTenancy toCommand(UnitId unit, OfferId offer, TenancyId tenancy) {
        return new StartTenancy(unit, offer, tenancy, start, end, rentCold, supported);
    }
}
