package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A renovation of the property started; the listed units are in renovation from
 * {@code startDate} until it completes. The description says what is done to the building and
 * names no person.
 */
@JsonTypeName("RenovationStarted")
@Revision("1")
public record RenovationStarted(
        RenovationId renovationId,
        PropertyId propertyId,
        LocalDate startDate,
        LocalDate plannedEnd,
        String description,
        List<UnitId> unitIds)
        implements HousingEvent {}
