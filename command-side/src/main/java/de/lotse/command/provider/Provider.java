package de.lotse.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.provider.ProviderListed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * One provider of the directory coaches refer participants to.
 *
 * <p>Why an aggregate and events, for what is little more than an address book: who listed which
 * provider, and when, belongs in the chained store and the audit trail like every other change,
 * and a directory rebuilt from events never disagrees with that record. The one rule, a name no
 * other provider has, is set-based and so kept in {@link ProviderNames}, written in the same
 * transaction: two coaches' referrals to "Gesundheitsamt Dortmund" must mean the same provider.
 */
@Aggregate
class Provider {

    @AggregateIdentifier
    private @Nullable ProviderId id;

    Provider() {
        // Axon rebuilds the provider from its events.
    }

    @CommandHandler
    Provider(ListProvider command, ProviderNames names) {
        names.claim(command.providerId(), command.name());
        apply(new ProviderListed(
                command.providerId(), command.name(), command.areas(), command.address(), command.languages()));
    }

    @EventSourcingHandler
    void on(ProviderListed event) {
        id = event.providerId();
    }
}
