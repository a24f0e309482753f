package de.lotse.command.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * How aggregates are kept between commands, so that a command on a long history does not read it
 * all again. The participants and units last commanded stay in this JVM's {@link AggregateCache}.
 * A participant is snapshotted every {@code lotse.storage.snapshot-every} events and is then built
 * from the latest snapshot and the events after it.
 *
 * <p>Across JVMs the cache can be stale: another command side may have appended since. The stale
 * state never gets an event stored, since its next event takes a sequence number already stored
 * and the event store refuses it ({@code 409 concurrent-change}); it may still refuse a command by
 * a rule the current stream would allow. Either way the entry is evicted, as after every refused
 * command, so a retry is decided on the stream as it is.
 *
 * <p>Snapshots are written after the command committed, by one thread of their own, so no command
 * waits for one. Its queue holds at most one snapshot per participant, since Axon schedules none
 * for a participant whose snapshot is under way. With Axon Server the events and snapshots live
 * there, where an erasure could not delete a snapshot; so there nothing is snapshotted.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageConfiguration {

    /** The bean name of the participants' cache, for {@code @Aggregate(cache = …)}. */
    public static final String PARTICIPANT_CACHE = "participantCache";

    /** The bean name of the units' cache. */
    public static final String UNIT_CACHE = "unitCache";

    /** The bean name of the participants' snapshot trigger. */
    public static final String PARTICIPANT_SNAPSHOTS = "participantSnapshots";

    /** The thread that writes snapshots; a bean of its own so that it ends with the context. */
    record SnapshotThread(ExecutorService executor) implements AutoCloseable {

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean(PARTICIPANT_CACHE)
    Cache participantCache(StorageProperties properties) {
        return cache(properties);
    }

    @Bean(UNIT_CACHE)
    Cache unitCache(StorageProperties properties) {
        return cache(properties);
    }

    @Bean(PARTICIPANT_SNAPSHOTS)
    SnapshotTriggerDefinition participantSnapshots(
            Snapshotter snapshotter,
            StorageProperties properties,
            @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        return axonServer
                ? NoSnapshotTriggerDefinition.INSTANCE
                : new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }

    @Bean
    SnapshotThread snapshotThread() {
        var threads = new CustomizableThreadFactory("snapshotter-");
        threads.setDaemon(true);
        return new SnapshotThread(Executors.newSingleThreadExecutor(threads));
    }

    /** Axon's own snapshotter, as its auto-configuration builds it, on the snapshot thread. */
    @Bean
    SpringAggregateSnapshotter snapshotter(
            Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            SnapshotThread thread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(thread.executor())
                .build();
    }

    private static Cache cache(StorageProperties properties) {
        return properties.cached() == 0
                ? NoCache.INSTANCE
                : new AggregateCache(properties.cached(), properties.cachedFor());
    }
}
