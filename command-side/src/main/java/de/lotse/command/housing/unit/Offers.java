package de.lotse.command.housing.unit;

import static de.lotse.api.housing.HousingRule.DATE_BEFORE_OFFER;
import static de.lotse.api.housing.HousingRule.OFFER_NOT_ACCEPTED;
import static de.lotse.api.housing.HousingRule.OFFER_NOT_OPEN;
import static de.lotse.api.housing.HousingRule.OFFER_OPEN;
import static de.lotse.api.housing.HousingRule.PARTICIPANT_ALREADY_OFFERED;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.system.Refused;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The offers of the unit's vacancies and where each stands. */
final class Offers {

    record Offer(
            OfferId id,
            VacancyId vacancyId,
            ParticipantId participantId,
            LocalDate offeredOn,
            LocalDate respondBy,
            OfferStatus status) {

        boolean isOpen() {
            return status == OfferStatus.OPEN;
        }

        Offer ended(OfferStatus outcome) {
            return new Offer(id, vacancyId, participantId, offeredOn, respondBy, outcome);
        }

        void requireOpen() {
            if (!isOpen()) {
                throw new HousingRuleViolation(OFFER_NOT_OPEN, "Offer " + id + " is " + status + ".");
            }
        }

        void requireAccepted() {
            if (status != OfferStatus.ACCEPTED) {
                throw new HousingRuleViolation(OFFER_NOT_ACCEPTED, "Offer " + id + " is " + status + ".");
            }
        }

        void requireAnsweredNotBefore(LocalDate date) {
            if (date.isBefore(offeredOn)) {
                throw new HousingRuleViolation(
                        DATE_BEFORE_OFFER, date + " lies before the offer of " + offeredOn + ".");
            }
        }
    }

    private final Map<OfferId, Offer> offers = new LinkedHashMap<>();

    void made(OfferMade event) {
        offers.put(
                event.offerId(),
                new Offer(
                        event.offerId(),
                        event.vacancyId(),
                        event.participantId(),
                        event.offeredOn(),
                        event.respondBy(),
                        OfferStatus.OPEN));
    }

    void ended(OfferId offer, OfferStatus outcome) {
        offers.computeIfPresent(offer, (id, existing) -> existing.ended(outcome));
    }

    Offer require(OfferId offer) {
        var found = offers.get(offer);
        if (found == null) {
            throw new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_OFFER, offer));
        }
        return found;
    }

    boolean isOpen(OfferId offer) {
        var found = offers.get(offer);
        return found != null && found.isOpen();
    }

    /** The vacancy's open offers other than {@code except}. */
    List<Offer> openOn(VacancyId vacancy, OfferId except) {
        return openOn(vacancy).stream()
                .filter(offer -> !offer.id().equals(except))
                .toList();
    }

    private List<Offer> openOn(VacancyId vacancy) {
        return offers.values().stream()
                .filter(offer -> offer.isOpen() && offer.vacancyId().equals(vacancy))
                .toList();
    }

    /** At most {@code limit} open offers on one vacancy, each to another participant. */
    void requireRoomFor(VacancyId vacancy, ParticipantId participant, int limit) {
        var open = openOn(vacancy);
        if (open.stream().anyMatch(offer -> offer.participantId().equals(participant))) {
            throw new HousingRuleViolation(
                    PARTICIPANT_ALREADY_OFFERED, "The participant holds an open offer on vacancy " + vacancy + ".");
        }
        if (open.size() >= limit) {
            throw new HousingRuleViolation(
                    OFFER_OPEN,
                    "Vacancy " + vacancy + " has " + open.size() + " open offer(s), at most " + limit + ".");
        }
    }
}
