package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The renovation is completed: its units leave renovation on {@code date}. */
@JsonTypeName("RenovationCompleted")
@Revision("1")
public record RenovationCompleted(
        RenovationId renovationId, PropertyId propertyId, LocalDate date, List<UnitId> unitIds)
        implements HousingEvent {}
