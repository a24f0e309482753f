package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * The third way to run Lotse, checked as far as this machine allows (no Axon Server runs here):
 * with the {@code axonserver} profile the buses and the event store are Axon Server's, while the
 * read models and tokens stay on PostgreSQL. The hash chain is kept by the chain keeper, which
 * links the events as it reads them, instead of the JDBC storage engine wrapper, so the chain
 * check is there too. Participants are not snapshotted there, since Lotse could not delete a
 * snapshot in Axon Server on erasure. The context is built but its lifecycle is not
 * started, since starting the event processors needs a reachable Axon Server.
 */
class AxonServerProfileTest {

    @Test
    void wiresCommandsEventsAndQueriesToAxonServer() {
        try (var context = new SpringApplicationBuilder(LotseApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("axonserver")
                .initializers(
                        new TestEnvironment(),
                        starting ->
                                starting.getBeanFactory().registerSingleton("lifecycleProcessor", new NothingStarts()))
                .run("--axon.axonserver.servers=localhost:1")) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBeansOfType(EventStorageEngine.class).values())
                    .noneMatch(engine -> engine.getClass().getSimpleName().equals("ChainedEventStorageEngine"));
            assertThat(context.containsBean("chainKeeper")).isTrue();
            assertThat(context.getBean("keptChainVerifier").getClass().getSimpleName())
                    .isEqualTo("KeptChainVerifier");
            assertThat(context.containsBean("chainVerifier")).isFalse();
            assertThat(context.containsBean("chainController")).isTrue();
            assertThat(context.containsBean("chainQueries")).isTrue();
            assertThat(context.getBean("participantSnapshots")).isSameAs(NoSnapshotTriggerDefinition.INSTANCE);
        }
    }

    /** Leaves every lifecycle bean unstarted: no connection to the absent Axon Server is tried. */
    private static final class NothingStarts extends DefaultLifecycleProcessor {

        @Override
        public void onRefresh() {
            // Deliberately empty: see the class comment.
        }
    }
}
