package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a vacancy: the unit is to be let from a date on. */
public record OpenVacancy(@TargetAggregateIdentifier UnitId unitId, VacancyId vacancyId, LocalDate availableFrom)
        implements UnitCommand {}
