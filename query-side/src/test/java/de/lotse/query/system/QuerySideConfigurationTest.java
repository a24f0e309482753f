package de.lotse.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        new QuerySideConfiguration().readModelProcessors(100).configureModule(configurer);
        configurer
                .eventProcessing()
                .registerTokenStore(config -> tokens)
                .registerEventHandler(config -> new CaseloadStandIn())
                .registerEventHandler(config -> new ParticipantViewStandIn())
                .registerEventHandler(config -> new NewReadModelStandIn());
        var axon = configurer.start();
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
}
