package de.lotse.web.housing;

import de.lotse.api.housing.DeclineOffer;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day an open offer was declined, by whom and why. */
record DeclinationForm(
        @NotNull @Nullable UUID offerId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable DeclinedBy by,
        @NotNull @Nullable DeclineReason reason) {

    DeclineOffer toCommand(UnitId unit) {
        return new DeclineOffer(
                unit,
                new OfferId(Objects.requireNonNull(offerId)),
                Objects.requireNonNull(date),
                Objects.requireNonNull(by),
                Objects.requireNonNull(reason));
    }
}
