package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decline an open offer, on the participant's or the owner's side. */
public record DeclineOffer(
        @TargetAggregateIdentifier UnitId unitId, OfferId offerId, LocalDate date, DeclinedBy by, DeclineReason reason)
        implements UnitCommand {}
