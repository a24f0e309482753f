package de.lotse.web.housing;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.RecordTenancyCheck;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** How a tenancy stood on the day of a check, with a note. */
record CheckForm(
        @NotNull @Nullable UUID tenancyId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable CheckStatus status,
        @Size(max = 2000) @Nullable String note) {

    RecordTenancyCheck toCommand(UnitId unit) {
        return new RecordTenancyCheck(
                unit,
                new TenancyId(Objects.requireNonNull(tenancyId)),
                Objects.requireNonNull(date),
                Objects.requireNonNull(status),
                Texts.orNull(note));
    }
}
