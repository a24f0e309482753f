package de.lotse.command.housing.unit;

import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** The participant the vacancy is offered to, the day of the offer and the last day to answer. */
record OfferRequest(
        @NotNull UUID participantId,
        @NotNull LocalDate offeredOn,
        @NotNull LocalDate respondBy) {

    @AssertTrue(message = "must not lie before offeredOn") boolean isRespondBy() {
        return offeredOn == null || respondBy == null || !respondBy.isBefore(offeredOn);
    }

    MakeOffer toCommand(UnitId unit, VacancyId vacancy, OfferId offer) {
        return new MakeOffer(unit, vacancy, offer, new ParticipantId(participantId), offeredOn, respondBy);
    }
}
