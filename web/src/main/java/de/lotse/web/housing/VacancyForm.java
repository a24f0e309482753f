package de.lotse.web.housing;

import de.lotse.api.housing.OpenVacancy;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day from which the unit is free to let. */
record VacancyForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate availableFrom) {

    OpenVacancy toCommand(UnitId unit) {
        return new OpenVacancy(unit, VacancyId.random(), Objects.requireNonNull(availableFrom));
    }
}
