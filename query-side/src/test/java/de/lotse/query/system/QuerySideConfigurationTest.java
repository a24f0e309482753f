package de.lotse.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
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
        void on(String event) {
        }
    }

    @ProcessingGroup("participant-view")
    static class ParticipantViewStandIn {

        @EventHandler
        void on(String event) {
        }
    }

    @Test
    void knowsTheProcessingGroupOfEveryProjection() {
        var groups = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("de.lotse.query")
                .stream()
                .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .map(type -> type.getAnnotationOfType(ProcessingGroup.class).value())
                .toList();

        assertThat(groups).containsExactlyInAnyOrderElementsOf(QuerySideConfiguration.PROCESSING_GROUPS);
    }

    @Test
    void runsEveryReadModelInAPooledProcessorOfFourSegments() {
        var tokens = new InMemoryTokenStore();
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        new QuerySideConfiguration().readModelProcessors().configureModule(configurer);
        configurer.eventProcessing()
                .registerTokenStore(config -> tokens)
                .registerEventHandler(config -> new CaseloadStandIn())
                .registerEventHandler(config -> new ParticipantViewStandIn());
        var axon = configurer.start();
        try {
            for (var group : QuerySideConfiguration.PROCESSING_GROUPS) {
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
