package de.lotse.command.housing;

import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.command.housing.HousingRegister.Part;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link HousingRegister} in step with the housing events. Its processing group runs
 * subscribed ({@link HousingConfiguration}): in the publishing unit of work, right after the events
 * are appended and in the same transaction, and a failure here (an overlapping tenancy) rolls the
 * events back with it.
 */
@Component
@ProcessingGroup(HousingRegisterRecorder.GROUP)
class HousingRegisterRecorder {

    static final String GROUP = "housing-register";

    private final HousingRegister register;

    HousingRegisterRecorder(HousingRegister register) {
        this.register = register;
    }

    @EventHandler
    void on(PropertyAcquired event) {
        register.acquired(event.propertyId(), event.holding(), event.address().oneLine());
    }

    @EventHandler
    void on(UnitAdded event) {
        register.added(event.unitId(), event.propertyId());
    }

    @EventHandler
    void on(VacancyOpened event) {
        register.filed(Part.VACANCY, event.vacancyId().value(), event.unitId());
    }

    @EventHandler
    void on(OfferMade event) {
        register.filed(Part.OFFER, event.offerId().value(), event.unitId());
        register.offerOpened(event.offerId(), event.unitId(), event.participantId());
    }

    @EventHandler
    void on(OfferAccepted event) {
        register.offerClosed(event.offerId());
    }

    @EventHandler
    void on(OfferDeclined event) {
        register.offerClosed(event.offerId());
    }

    @EventHandler
    void on(OfferWithdrawn event) {
        register.offerClosed(event.offerId());
    }

    @EventHandler
    void on(OfferExpired event) {
        register.offerClosed(event.offerId());
    }

    @EventHandler
    void on(TenancyStarted event) {
        register.filed(Part.TENANCY, event.tenancyId().value(), event.unitId());
        register.let(event.tenancyId(), event.unitId(), event.start(), event.end());
    }

    @EventHandler
    void on(TenancyEnded event) {
        register.tenancyEnded(event.tenancyId(), event.date());
    }

    @EventHandler
    void on(RenovationStarted event) {
        register.renovationStarted(event.renovationId(), event.unitIds(), event.startDate());
    }

    @EventHandler
    void on(RenovationCompleted event) {
        register.renovationCompleted(event.renovationId(), event.date());
    }
}
