package de.lotse.command.housing.unit;

import de.lotse.api.housing.EndTenancy;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The tenancy's last day and why it ended. */
record TenancyEndRequest(@NotNull LocalDate date, @NotNull TenancyEndReason reason) {

    EndTenancy toCommand(UnitId unit, TenancyId tenancy) {
        return new EndTenancy(unit, tenancy, date, reason);
    }
}
