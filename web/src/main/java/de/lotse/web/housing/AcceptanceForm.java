package de.lotse.web.housing;

import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day an open offer was accepted. */
record AcceptanceForm(
        @NotNull @Nullable UUID offerId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date) {

    AcceptOffer toCommand(UnitId unit) {
        return new AcceptOffer(unit, new OfferId(Objects.requireNonNull(offerId)), Objects.requireNonNull(date));
    }
}
