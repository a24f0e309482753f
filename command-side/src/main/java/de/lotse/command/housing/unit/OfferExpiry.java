package de.lotse.command.housing.unit;

import de.lotse.api.housing.OfferId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.deadline.DeadlineManager;

/**
 * The deadline of an open offer: it falls at the end of the {@code respondBy} day, the start of the
 * next day in UTC, like the follow-up's. It waits in the same persistent store; one already past
 * when it is set fires at once. Its name carries the offer's id, so the answer cancels exactly it.
 * A pending deadline is stored with this record's class name, so the record keeps its name and
 * package.
 */
record OfferExpiry(OfferId offerId, LocalDate respondBy) {

    private static final String NAME_PREFIX = "offer-expiry-";

    /** The first day on which the offer no longer stands. */
    LocalDate expiredOn() {
        return respondBy.plusDays(1);
    }

    Instant dueAt() {
        return expiredOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    void schedule(DeadlineManager deadlines) {
        deadlines.schedule(dueAt(), nameFor(offerId), this);
    }

    static void cancel(OfferId offer, DeadlineManager deadlines) {
        deadlines.cancelAll(nameFor(offer));
    }

    private static String nameFor(OfferId offer) {
        return NAME_PREFIX + offer;
    }
}
