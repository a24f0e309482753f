package de.lotse.query.housing;

import de.lotse.api.housing.Address;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The housing events of the projection and report tests, with plausible values for what a test does not care about. */
final class Stories {

    private Stories() {}

    static PropertyAcquired property(PropertyId id, String street, String district, Holding holding, LocalDate since) {
        return new PropertyAcquired(
                id, new Address(street, "12", "44147", "Dortmund"), district, holding, "Stiftung Soziale Stadt", since);
    }

    static UnitAdded unit(UnitId id, PropertyId property, String label, Holding holding) {
        return new UnitAdded(id, property, label, 2, new BigDecimal("54.5"), new BigDecimal("380.00"), false, holding);
    }

    static OccupancyRightGranted right(
            UnitId unit, OccupancyRightId id, OccupancyRightKind kind, LocalDate from, LocalDate until) {
        return new OccupancyRightGranted(unit, id, "Wohnungsamt Dortmund", kind, from, until);
    }

    static VacancyOpened vacancy(UnitId unit, VacancyId id, LocalDate availableFrom) {
        return new VacancyOpened(unit, id, availableFrom);
    }

    /** An offer made on {@code offeredOn}, to be answered within two weeks. */
    static OfferMade offer(UnitId unit, VacancyId vacancy, OfferId id, ParticipantId participant, LocalDate offeredOn) {
        return new OfferMade(unit, vacancy, id, participant, offeredOn, offeredOn.plusDays(14));
    }

    static OfferAccepted accepted(OfferMade offer, LocalDate date) {
        return new OfferAccepted(offer.unitId(), offer.vacancyId(), offer.offerId(), offer.participantId(), date);
    }

    static OfferDeclined declined(OfferMade offer, LocalDate date, DeclineReason reason) {
        return new OfferDeclined(
                offer.unitId(),
                offer.vacancyId(),
                offer.offerId(),
                offer.participantId(),
                date,
                DeclinedBy.PARTICIPANT,
                reason);
    }

    static OfferExpired expired(OfferMade offer) {
        return new OfferExpired(
                offer.unitId(),
                offer.vacancyId(),
                offer.offerId(),
                offer.participantId(),
                offer.respondBy().plusDays(1));
    }

    static OfferWithdrawn withdrawn(OfferMade offer, LocalDate date, OfferId accepted) {
        return new OfferWithdrawn(
                offer.unitId(), offer.vacancyId(), offer.offerId(), offer.participantId(), date, accepted);
    }

    static TenancyStarted tenancy(OfferMade offer, TenancyId id, LocalDate start) {
        return new TenancyStarted(
                offer.unitId(),
                id,
                offer.offerId(),
                offer.vacancyId(),
                offer.participantId(),
                start,
                null,
                new BigDecimal("380.00"),
                false);
    }
}
