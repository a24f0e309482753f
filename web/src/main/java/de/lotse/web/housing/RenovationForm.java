package de.lotse.web.housing;

import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.StartRenovation;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A renovation of some of a property's units: what is done, from when, until when it is planned. */
@Chronological(from = "startDate", until = "plannedEnd")
record RenovationForm(
        @NotBlank @Size(max = 2000) @Nullable String description,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startDate,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate plannedEnd,
        @NotEmpty @Nullable List<UUID> unitIds) {

    static RenovationForm blank(LocalDate today) {
        return new RenovationForm(null, today, null, List.of());
    }

    /** Whether the unit of that id is ticked, so a refused form keeps the choice. */
    public boolean chose(String unitId) {
        return unitIds != null && unitIds.stream().anyMatch(id -> id.toString().equals(unitId));
    }

    StartRenovation toCommand(PropertyId property, RenovationId renovation) {
        return new StartRenovation(
                renovation,
                property,
                Objects.requireNonNull(startDate),
                Objects.requireNonNull(plannedEnd),
                Objects.requireNonNull(description).strip(),
                Objects.requireNonNull(unitIds).stream().map(UnitId::new).toList());
    }
}
