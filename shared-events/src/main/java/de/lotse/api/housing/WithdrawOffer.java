package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraw an open offer because the participant accepted another one; sent by Lotse itself.
 * Repeating it for an offer no longer open changes nothing, so a redelivered acceptance is harmless.
 */
public record WithdrawOffer(
        @TargetAggregateIdentifier UnitId unitId, OfferId offerId, LocalDate date, OfferId acceptedOfferId)
        implements UnitCommand {}
