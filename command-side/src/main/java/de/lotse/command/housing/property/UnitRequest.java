package de.lotse.command.housing.property;

import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A unit of the property: its label, rooms, floor area, cold rent and whether it is accessible. */
record UnitRequest(
        @NotBlank @Size(max = 100) String label,
        @NotNull @Min(1) @Max(50) Integer rooms,

        @NotNull @Positive @Digits(integer = 5, fraction = 2) BigDecimal areaSqm,

        @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal rentCold,

        @NotNull Boolean accessible) {

    AddUnit toCommand(UnitId unit, PropertyId property) {
        return new AddUnit(unit, property, label, rooms, areaSqm, rentCold, accessible);
    }
}
