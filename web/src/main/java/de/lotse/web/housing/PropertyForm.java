package de.lotse.web.housing;

import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.Address;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.PropertyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A property as a housing officer enters it: where it stands, how the project holds it, and since when. */
record PropertyForm(
        @NotBlank @Size(max = 150) @Nullable String street,
        @NotBlank @Size(max = 20) @Nullable String houseNumber,

        @NotBlank @Size(max = 10) @Nullable String postcode,

        @NotBlank @Size(max = 100) @Nullable String city,
        @NotBlank @Size(max = 100) @Nullable String district,
        @NotNull @Nullable Holding holding,
        @NotBlank @Size(max = 200) @Nullable String owner,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate since) {

    static PropertyForm blank(LocalDate today) {
        return new PropertyForm(null, null, null, null, null, null, null, today);
    }

    AcquireProperty toCommand(PropertyId id) {
        return new AcquireProperty(
                id,
                new Address(
                        Objects.requireNonNull(street).strip(),
                        Objects.requireNonNull(houseNumber).strip(),
                        Objects.requireNonNull(postcode).strip(),
                        Objects.requireNonNull(city).strip()),
                Objects.requireNonNull(district).strip(),
                Objects.requireNonNull(holding),
                Objects.requireNonNull(owner).strip(),
                Objects.requireNonNull(since));
    }
}
