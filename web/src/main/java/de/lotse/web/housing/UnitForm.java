package de.lotse.web.housing;

import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A unit of a property, with the API's bounds: at least one room, some area, a rent not below zero. */
record UnitForm(
        @NotBlank @Size(max = 100) @Nullable String unitLabel,
        @NotNull @Min(1) @Nullable Integer rooms,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Nullable BigDecimal areaSqm,

        @NotNull @DecimalMin("0") @Nullable BigDecimal rentCold,
        @Nullable Boolean accessible) {

    static UnitForm blank() {
        return new UnitForm(null, null, null, null, false);
    }

    AddUnit toCommand(PropertyId property, UnitId unit) {
        return new AddUnit(
                unit,
                property,
                Objects.requireNonNull(unitLabel).strip(),
                Objects.requireNonNull(rooms),
                Objects.requireNonNull(areaSqm),
                Objects.requireNonNull(rentCold),
                Boolean.TRUE.equals(accessible));
    }
}
