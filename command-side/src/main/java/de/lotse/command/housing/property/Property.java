package de.lotse.command.housing.property;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertyId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A property of the portfolio: how and since when the programme holds it. Its stream records the
 * acquisition, which the register passes on to what depends on it: a unit takes the property's
 * holding when it joins, a renovation the property's units and address.
 *
 * <p>Why its own aggregate, and why it does not hold its units: the units are decided one by one
 * (each is offered and let on its own), so each is a stream of its own and two officers working on
 * two units of one house never wait for each other.
 */
@Aggregate
class Property {

    @AggregateIdentifier
    private @Nullable PropertyId id;

    Property() {
        // Axon rebuilds the property from its events.
    }

    @CommandHandler
    Property(AcquireProperty command) {
        apply(new PropertyAcquired(
                command.propertyId(),
                command.address(),
                command.district(),
                command.holding(),
                command.owner(),
                command.since()));
    }

    @EventSourcingHandler
    void on(PropertyAcquired event) {
        id = event.propertyId();
    }
}
