package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The unit is to be let from {@code availableFrom} on; the vacancy stays open until an offer is accepted. */
@JsonTypeName("VacancyOpened")
@Revision("1")
public record VacancyOpened(UnitId unitId, VacancyId vacancyId, LocalDate availableFrom) implements HousingEvent {}
