package de.lotse.api.housing;

import java.util.List;

/**
 * The catalogue of the housing streams' stored event types (properties, units, renovations); the
 * serializer stores each under its {@code JsonTypeName}, never the Java class name.
 */
public final class HousingEvents {

    /** Every housing event type; a test keeps it complete. */
    public static final List<Class<? extends HousingEvent>> TYPES = List.of(
            PropertyAcquired.class,
            UnitAdded.class,
            OccupancyRightGranted.class,
            VacancyOpened.class,
            OfferMade.class,
            OfferAccepted.class,
            OfferDeclined.class,
            OfferWithdrawn.class,
            OfferExpired.class,
            TenancyStarted.class,
            TenantMovedIn.class,
            TenancyChecked.class,
            TenancyEnded.class,
            RenovationStarted.class,
            ParticipantEmployedOnRenovation.class,
            RenovationCompleted.class);

    private HousingEvents() {}
}
