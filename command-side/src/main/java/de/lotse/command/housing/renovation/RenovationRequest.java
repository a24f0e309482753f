package de.lotse.command.housing.renovation;

import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.StartRenovation;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A renovation of some of the property's units, with what is done to the building. */
record RenovationRequest(
        @NotNull LocalDate startDate,
        @NotNull LocalDate plannedEnd,
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty @Size(max = 200) List<@NotNull UUID> unitIds) {

    @AssertTrue(message = "must not lie before startDate") boolean isPlannedEnd() {
        return startDate == null || plannedEnd == null || !plannedEnd.isBefore(startDate);
    }

    StartRenovation toCommand(RenovationId renovation, PropertyId property) {
        var units = unitIds.stream().distinct().map(UnitId::new).toList();
        return new StartRenovation(renovation, property, startDate, plannedEnd, description, units);
    }
}
