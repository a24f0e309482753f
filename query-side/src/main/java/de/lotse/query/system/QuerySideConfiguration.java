package de.lotse.query.system;

import de.lotse.platform.persistence.SideMigrations;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The query side's schema and event processors. The read models' tables and the token
 * table come from the side's own migrations under {@code db/query}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    /**
     * Segments per read model in a new token store (an existing one keeps its count). Two: the
     * all-in-one runs nine processors, so its cores have work from them all without more segments,
     * and each segment offered every event costs the processor's coordinator. Live catch-up of all
     * read models after a burst (engine bench, 10,000 participants, 107,678 events, four runs each
     * in turn) went from 1,988-2,315 events/s with four segments to 2,235-2,910 with two; two
     * query-side instances can still share each read model. Public for the tests that count them.
     */
    public static final int SEGMENTS = 2;

    @Bean
    Flyway querySideMigrations(DataSource dataSource) {
        return SideMigrations.migrate(dataSource, "query");
    }

    /**
     * Every read model runs in a pooled streaming processor of its own, named after its processing
     * group, whose stream is split into segments. Each query-side instance claims segments through
     * the shared token store, so several instances share the work and take over a crashed one's
     * segments, while all events of one participant stay in one segment and keep their order. It is
     * the default for every processing group, so a new read model needs no entry here. A segment
     * that is behind applies up to {@code lotse.projections.batch-size} events per transaction (100
     * unless set), so catching up after a stop costs a commit and a token update per batch rather
     * than per event. A processor applies its segments' batches on as many threads as a new token
     * store gives it segments (Axon's default is four per processor: with nine processors, eighteen
     * threads that never ran a batch); a store made with more segments shares them. A segment that
     * has nothing to apply stores its position only when it extends its claim, every
     * {@code lotse.projections.claim-extension} (Axon's five seconds unless set): until then the
     * projection status, which reads the stored positions, shows it behind the head.
     *
     * <p>An event a projection cannot apply is never skipped: Axon's default would log the
     * handler's exception and go on, leaving the read model without that event for good. Here the
     * batch rolls back and the segment retries it, {@link EventByEvent event by event}, so that
     * the failing event and its participant's later ones are parked in the read model's
     * dead-letter queue (see the operations package) while every other participant goes on. What
     * cannot be parked either stalls the segment, which retries with a growing pause (the
     * projection status shows the read model as stalled meanwhile).
     *
     * <p>Public so that the operations tests' read side runs these processors, not a copy of them.
     */
    @Bean
    public ConfigurerModule readModelProcessors(
            @Value("${lotse.projections.batch-size:100}") int batchSize,
            @Value("${lotse.projections.claim-extension:5s}") Duration claimExtension) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder.initialSegmentCount(SEGMENTS)
                        .workerExecutor(name -> workers(config, name))
                        .batchSize(batchSize)
                        .claimExtensionThreshold(claimExtension.toMillis()))
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    /**
     * A processor's worker threads, one per segment of a new token store, stopped with Axon as it
     * stops the pool it would have made itself.
     */
    private static ScheduledExecutorService workers(Configuration axon, String processor) {
        var workers =
                Executors.newScheduledThreadPool(SEGMENTS, new AxonThreadFactory("WorkPackage[" + processor + "]"));
        axon.onShutdown(workers::shutdown);
        return workers;
    }

    /** Wraps every event handler, so that a unit of work can apply its events one by one. */
    @Bean
    EventByEvent eventByEvent(PlatformTransactionManager transactions) {
        return new EventByEvent(transactions);
    }
}
