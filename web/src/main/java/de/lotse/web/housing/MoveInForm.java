package de.lotse.web.housing;

import de.lotse.api.housing.RecordMoveIn;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day the tenant moved in. */
record MoveInForm(
        @NotNull @Nullable UUID tenancyId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date) {

    RecordMoveIn toCommand(UnitId unit) {
        return new RecordMoveIn(unit, new TenancyId(Objects.requireNonNull(tenancyId)), Objects.requireNonNull(date));
    }
}
