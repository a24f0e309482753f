package de.lotse.web.housing;

import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A unit of a property, with the API's bounds: 1 to 50 rooms, some area, a rent not below zero, cents at most. */
record UnitForm(
        @NotBlank @Size(max = 100) @Nullable String unitLabel,
        @NotNull @Min(1) @Max(50) @Nullable Integer rooms,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2) @Nullable BigDecimal areaSqm,

        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Nullable BigDecimal rentCold,

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
