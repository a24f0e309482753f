package de.lotse.command.housing.unit;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.RecordTenancyCheck;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A check of the tenancy: the day, how it stands, and an optional note. */
record CheckRequest(
        @NotNull LocalDate date,
        @NotNull CheckStatus status,
        @Nullable @Size(max = 2000) String note) {

    RecordTenancyCheck toCommand(UnitId unit, TenancyId tenancy) {
        return new RecordTenancyCheck(unit, tenancy, date, status, note);
    }
}
