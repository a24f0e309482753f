package de.lotse.command.audit;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hash chain with Axon Server: the {@link ChainKeeper} in a pooled streaming processor of one
 * segment, whose token lives in the command side's token table, and its verification. A failure to
 * link is never skipped: the batch rolls back and is retried, since a missing link would break the
 * chain for the participant's later events.
 *
 * <p>Keeper and verification read the events through an event store of their own that applies no
 * upcaster: they see each event as it was stored, as the storage engine wrapper does on
 * PostgreSQL. Through the application's event store, an upcaster added after an event was linked
 * would change what the verification reads, and the untouched event would look tampered with.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class ChainKeeperConfiguration {

    /** Events the keeper links in one transaction, with one token update. */
    static final int BATCH_SIZE = 100;

    /** The events as Axon Server stores them, without the upcasters the application reads them through. */
    record StoredEvents(AxonServerEventStore stream) {}

    @Bean
    StoredEvents storedEvents(
            AxonServerConfiguration axonServer,
            AxonServerConnectionManager connections,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StoredEvents(AxonServerEventStore.builder()
                .configuration(axonServer)
                .platformConnectionManager(connections)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .snapshotFilter(SnapshotFilter.allowAll())
                .upcasterChain(NoOpEventUpcaster.INSTANCE)
                .build());
    }

    @Bean
    ConfigurerModule chainKeeper(JdbcClient jdbc, StoredEvents stored) {
        var chain = new EventChain(jdbc);
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        ChainKeeper.PROCESSOR,
                        axon -> stored.stream(),
                        (axon, builder) -> builder.initialSegmentCount(1).batchSize(BATCH_SIZE))
                .registerEventHandler(axon -> new ChainKeeper(chain, axon.eventSerializer()))
                .assignHandlerInstancesMatching(ChainKeeper.PROCESSOR, ChainKeeper.class::isInstance)
                .registerListenerInvocationErrorHandler(
                        ChainKeeper.PROCESSOR, axon -> PropagatingErrorHandler.instance());
    }

    @Bean
    KeptChainVerifier keptChainVerifier(
            StoredEvents stored,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            JdbcClient jdbc) {
        return new KeptChainVerifier(
                stored.stream(), eventSerializer, jdbc, KeptChainVerifier.keeperPosition(jdbc, serializer));
    }
}
