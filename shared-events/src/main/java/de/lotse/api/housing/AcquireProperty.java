package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a property into the portfolio. */
public record AcquireProperty(
        @TargetAggregateIdentifier PropertyId propertyId,
        Address address,
        String district,
        Holding holding,
        String owner,
        LocalDate since) {}
