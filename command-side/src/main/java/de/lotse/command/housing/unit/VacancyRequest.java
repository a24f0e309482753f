package de.lotse.command.housing.unit;

import de.lotse.api.housing.OpenVacancy;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day from which the unit is to be let. */
record VacancyRequest(@NotNull LocalDate availableFrom) {

    OpenVacancy toCommand(UnitId unit, VacancyId vacancy) {
        return new OpenVacancy(unit, vacancy, availableFrom);
    }
}
