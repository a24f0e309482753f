package de.lotse.query.worklist;

import de.lotse.api.housing.HousingEvent;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.worklist.WorklistKind;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@code OFFER_RESPONSE}: an open housing offer whose answer is due within three days. It is due
 * on the offer's last day to answer and shown from three days before; the offer's end, whichever
 * way (accepted, declined, expired, withdrawn), settles it. The detail is the day it was offered.
 */
@Component
class OfferResponseRule implements WorklistRule {

    static final int DAYS_BEFORE_ANSWER = 3;

    @Override
    public void apply(HousingEvent event, LocalDate recordedOn, Worklist worklist) {
        if (event instanceof OfferMade made) {
            var due = made.respondBy();
            Occasion.of(made.participantId(), recordedOn, worklist)
                    .open(
                            WorklistKind.OFFER_RESPONSE,
                            made.offerId().toString(),
                            due,
                            due.minusDays(DAYS_BEFORE_ANSWER),
                            made.offeredOn().toString());
        } else if (event instanceof OfferAccepted accepted) {
            settle(Occasion.of(accepted.participantId(), recordedOn, worklist), accepted.offerId());
        } else if (event instanceof OfferDeclined declined) {
            settle(Occasion.of(declined.participantId(), recordedOn, worklist), declined.offerId());
        } else if (event instanceof OfferExpired expired) {
            settle(Occasion.of(expired.participantId(), recordedOn, worklist), expired.offerId());
        } else if (event instanceof OfferWithdrawn withdrawn) {
            settle(Occasion.of(withdrawn.participantId(), recordedOn, worklist), withdrawn.offerId());
        }
    }

    private static void settle(Occasion occasion, Object offerId) {
        occasion.settle(WorklistKind.OFFER_RESPONSE, offerId.toString());
    }
}
