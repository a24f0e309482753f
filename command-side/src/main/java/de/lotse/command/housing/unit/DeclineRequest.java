package de.lotse.command.housing.unit;

import de.lotse.api.housing.DeclineOffer;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Who declined the offer, when and why. */
record DeclineRequest(
        @NotNull LocalDate date,
        @NotNull DeclinedBy by,
        @NotNull DeclineReason reason) {

    DeclineOffer toCommand(UnitId unit, OfferId offer) {
        return new DeclineOffer(unit, offer, date, by, reason);
    }
}
