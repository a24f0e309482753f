package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept an open offer on the participant's behalf. */
public record AcceptOffer(@TargetAggregateIdentifier UnitId unitId, OfferId offerId, LocalDate date)
        implements UnitCommand {}
