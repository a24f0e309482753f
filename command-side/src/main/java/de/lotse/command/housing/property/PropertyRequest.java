package de.lotse.command.housing.property;

import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.Address;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.PropertyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A property taken into the portfolio: its address, district, holding, owner and since when. */
record PropertyRequest(
        @NotBlank @Size(max = 150) String street,
        @NotBlank @Size(max = 20) String houseNumber,
        @NotBlank @Size(max = 10) String postcode,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 100) String district,
        @NotNull Holding holding,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate since) {

    AcquireProperty toCommand(PropertyId id) {
        return new AcquireProperty(
                id, new Address(street, houseNumber, postcode, city), district, holding, owner, since);
    }
}
