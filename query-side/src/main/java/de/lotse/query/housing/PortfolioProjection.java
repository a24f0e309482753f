package de.lotse.query.housing;

import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.VacancyOpened;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the housing portfolio: properties, units, renovations and their workers from the
 * property's and the renovation's streams, and each unit's rights, vacancies, offers, tenancies and
 * checks from the unit's stream. Every row keeps when its event was recorded, for the report's
 * {@code asOf}. A check's note never reaches a table: it is free text about the tenant.
 */
@Component
@ProcessingGroup(PortfolioReadModel.NAME)
class PortfolioProjection {

    private final Portfolio portfolio;
    private final OccupancyRights rights;
    private final Renovations renovations;
    private final Offers offers;
    private final Tenancies tenancies;

    PortfolioProjection(
            Portfolio portfolio, OccupancyRights rights, Renovations renovations, Offers offers, Tenancies tenancies) {
        this.portfolio = portfolio;
        this.rights = rights;
        this.renovations = renovations;
        this.offers = offers;
        this.tenancies = tenancies;
    }

    @EventHandler
    void on(PropertyAcquired event, @Timestamp Instant recordedAt) {
        portfolio.acquire(event, recordedAt);
    }

    @EventHandler
    void on(UnitAdded event, @Timestamp Instant recordedAt) {
        portfolio.add(event, recordedAt);
    }

    @EventHandler
    void on(RenovationStarted event, @Timestamp Instant recordedAt) {
        renovations.start(event, recordedAt);
    }

    @EventHandler
    void on(ParticipantEmployedOnRenovation event, @Timestamp Instant recordedAt) {
        renovations.employ(event, recordedAt);
    }

    @EventHandler
    void on(RenovationCompleted event, @Timestamp Instant recordedAt) {
        renovations.complete(event.renovationId().value(), event.date(), recordedAt);
    }

    @EventHandler
    void on(OccupancyRightGranted event, @Timestamp Instant recordedAt) {
        rights.grant(event, recordedAt);
    }

    @EventHandler
    void on(VacancyOpened event, @Timestamp Instant recordedAt) {
        offers.open(event, recordedAt);
    }

    @EventHandler
    void on(OfferMade event, @Timestamp Instant recordedAt) {
        offers.offer(event, recordedAt);
    }

    @EventHandler
    void on(OfferAccepted event, @Timestamp Instant recordedAt) {
        var outcome = new Offers.Outcome(OfferStatus.ACCEPTED, event.date(), recordedAt);
        offers.end(event.offerId().value(), outcome);
        offers.close(event.vacancyId().value(), event.date(), recordedAt);
    }

    @EventHandler
    void on(OfferDeclined event, @Timestamp Instant recordedAt) {
        offers.decline(
                event.offerId().value(),
                new Offers.Outcome(OfferStatus.DECLINED, event.date(), recordedAt),
                event.by(),
                event.reason());
    }

    @EventHandler
    void on(OfferWithdrawn event, @Timestamp Instant recordedAt) {
        offers.end(event.offerId().value(), new Offers.Outcome(OfferStatus.WITHDRAWN, event.date(), recordedAt));
    }

    @EventHandler
    void on(OfferExpired event, @Timestamp Instant recordedAt) {
        offers.end(event.offerId().value(), new Offers.Outcome(OfferStatus.EXPIRED, event.date(), recordedAt));
    }

    @EventHandler
    void on(TenancyStarted event, @Timestamp Instant recordedAt) {
        tenancies.let(event, recordedAt);
    }

    @EventHandler
    void on(TenantMovedIn event, @Timestamp Instant recordedAt) {
        tenancies.moveIn(event.tenancyId().value(), event.date(), recordedAt);
    }

    @EventHandler
    void on(TenancyChecked event, @SequenceNumber long sequence) {
        tenancies.check(event, sequence);
    }

    @EventHandler
    void on(TenancyEnded event, @Timestamp Instant recordedAt) {
        tenancies.endTenancy(event, recordedAt);
    }

    @ResetHandler
    void reset() {
        tenancies.deleteAll();
        offers.deleteAll();
        renovations.deleteAll();
        rights.deleteAll();
        portfolio.deleteAll();
    }
}
