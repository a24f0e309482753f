package de.lotse.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class QuerySideConfigurationTest {

    @ProcessingGroup("caseload")
    static class CaseloadStandIn {

        @EventHandler
        void on(String event) {}
    }

    @ProcessingGroup("participant-view")
    static class ParticipantViewStandIn {

        @EventHandler
        void on(String event) {}
    }

    @ProcessingGroup("a-new-read-model")
    static class NewReadModelStandIn {

        @EventHandler
        void on(String event) {}
    }

    @Test
    void runsEveryProcessingGroupInAPooledProcessorOfFourSegments() {
        var tokens = new InMemoryTokenStore();
        var axon = start(
                tokens,
                Duration.ofSeconds(5),
                new CaseloadStandIn(),
                new ParticipantViewStandIn(),
                new NewReadModelStandIn());
        try {
            for (var group : List.of("caseload", "participant-view", "a-new-read-model")) {
                assertThat(axon.eventProcessingConfiguration().eventProcessor(group))
                        .containsInstanceOf(PooledStreamingEventProcessor.class);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> tokens.fetchSegments(group).length == QuerySideConfiguration.SEGMENTS);
            }
        } finally {
            axon.shutdown();
        }
    }

    /**
     * Only the segment an event belongs to applies it; the others learn that they have read
     * past it, but store that only when they extend their claim. The shorter the extension, the
     * sooner the stored positions, which the projection status reports, all stand at the head.
     */
    @Test
    void storesEveryIdleSegmentsPositionWhenItExtendsItsClaim() {
        var tokens = new InMemoryTokenStore();
        var axon = start(tokens, Duration.ofMillis(100), new CaseloadStandIn());
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> tokens.fetchSegments("caseload").length == QuerySideConfiguration.SEGMENTS);
            axon.eventBus().publish(GenericEventMessage.asEventMessage("enrolled"));

            await().atMost(Duration.ofSeconds(3))
                    .until(() -> IntStream.range(0, QuerySideConfiguration.SEGMENTS)
                            .mapToObj(segment -> tokens.fetchToken("caseload", segment))
                            .allMatch(token -> token != null && token.position().orElse(-1) >= 0));
        } finally {
            axon.shutdown();
        }
    }

    @ProcessingGroup("a-counted-read-model")
    static class CountingStandIn {

        final AtomicInteger applied = new AtomicInteger();

        @EventHandler
        void on(String event) {
            applied.incrementAndGet();
        }
    }

    /**
     * A processor's batches run on one thread per segment: Axon's default pool of four would start
     * a thread for each of the first four batches, whether or not its segments could use them. The
     * threads end when Axon stops, as those of Axon's own pool do.
     */
    @Test
    void appliesBatchesOnOneThreadPerSegmentUntilAxonStops() {
        var counting = new CountingStandIn();
        var axon = start(new InMemoryTokenStore(), Duration.ofSeconds(5), counting);
        List<Thread> workers;
        try {
            // events of no aggregate spread over the segments by their identifiers
            for (var event = 0; event < 200; event++) {
                axon.eventBus().publish(GenericEventMessage.asEventMessage("enrolled " + event));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> counting.applied.get() == 200);

            workers = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("WorkPackage[a-counted-read-model]"))
                    .toList();
            assertThat(workers).hasSizeBetween(1, QuerySideConfiguration.SEGMENTS);
        } finally {
            axon.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> workers.stream().noneMatch(Thread::isAlive));
    }

    /** Axon on an in-memory event store, with the query side's processors running the handlers. */
    private static Configuration start(InMemoryTokenStore tokens, Duration claimExtension, Object... handlers) {
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        new QuerySideConfiguration().readModelProcessors(100, claimExtension).configureModule(configurer);
        var processing = configurer.eventProcessing().registerTokenStore(config -> tokens);
        for (var handler : handlers) {
            processing.registerEventHandler(config -> handler);
        }
        return configurer.start();
    }
}
