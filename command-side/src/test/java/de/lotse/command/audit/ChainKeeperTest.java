package de.lotse.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.audit.ChainBreak;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The chain keeper, which keeps the hash chain where the events are not Lotse's to write (Axon
 * Server), tried on the JDBC store, where the storage engine wrapper writes the chain: reading the
 * stream, the keeper links every event exactly as the wrapper linked its row, and the check of the
 * kept chain finds it valid and finds a payload changed after linking.
 */
class ChainKeeperTest {

    private final ParticipantId amira = ParticipantId.random();
    private final ParticipantId bogdan = ParticipantId.random();
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .build();
    private DataSource dataSource;
    private JdbcClient jdbc;
    private JdbcEventStorageEngine engine;
    private EmbeddedEventStore events;

    @BeforeEach
    void storeTwoParticipantsEventsThroughTheWrapper() {
        dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        jdbc = JdbcClient.create(dataSource);
        engine = new ChainedEventStorageEngine(
                JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer),
                new SpringTransactionManager(new DataSourceTransactionManager(dataSource)),
                new EventChain(jdbc));
        engine.appendEvents(route(amira, 0, 3));
        engine.appendEvents(route(bogdan, 0, 2));
        engine.appendEvents(route(amira, 3, 2));
        events = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    @AfterEach
    void closeTheStore() {
        events.shutDown();
    }

    @Test
    void linksEveryEventAsTheStorageEngineWrapperLinkedItsRow() {
        var wrappersLinks = links();
        jdbc.sql("DELETE FROM event_chain").update();

        keepAll();

        assertThat(wrappersLinks).hasSize(7);
        assertThat(links()).isEqualTo(wrappersLinks);
    }

    @Test
    void changesNoLinkWhenAnEventIsDeliveredAgain() {
        jdbc.sql("DELETE FROM event_chain").update();
        keepAll();
        var kept = links();

        keepAll();

        assertThat(links()).isEqualTo(kept);
    }

    @Test
    void findsTheKeptChainValidUpToWhereTheKeeperHasLinked() {
        jdbc.sql("DELETE FROM event_chain").update();
        keepAll();

        var verdict = verifierUpTo(head()).verify();

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.participantsChecked()).isEqualTo(2);
        assertThat(verdict.eventsChecked()).isEqualTo(7);
    }

    @Test
    void findsAPayloadChangedAfterItWasLinked() {
        jdbc.sql("DELETE FROM event_chain").update();
        keepAll();
        jdbc.sql("""
                UPDATE domainevententry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '2026-01-21', '2026-01-22'), 'UTF8')
                 WHERE aggregateidentifier = :id AND sequencenumber = 1
                """).param("id", amira.toString()).update();

        var verdict = verifierUpTo(head()).verify();

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.broken()).containsExactly(new ChainBreak(amira.toString(), 1));
    }

    @Test
    void findsALinkWhoseEventIsGone() {
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 1")
                .param("id", bogdan.toString())
                .update();

        assertThat(verifierUpTo(head()).verify().broken()).containsExactly(new ChainBreak(bogdan.toString(), 1));
    }

    @Test
    void leavesEventsTheKeeperHasNotReachedOutOfTheCheck() {
        var notYetLinked = route(bogdan, 2, 1);
        var linkedUpTo = head();
        events.publish(notYetLinked);
        jdbc.sql("DELETE FROM event_chain WHERE aggregate_identifier = :id AND sequence_number = 2")
                .param("id", bogdan.toString())
                .update();

        var verdict = verifierUpTo(linkedUpTo).verify();

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.eventsChecked()).isEqualTo(7);
    }

    /** Hands every stored event to the keeper, in stream order, as its processor would. */
    private void keepAll() {
        var keeper = new ChainKeeper(new EventChain(jdbc), serializer);
        try (var stream = engine.readEvents(null, false)) {
            stream.forEach(keeper::handle);
        }
    }

    private KeptChainVerifier verifierUpTo(long position) {
        return new KeptChainVerifier(events, serializer, jdbc, () -> position);
    }

    private long head() {
        return events.createHeadToken().position().orElseThrow();
    }

    private List<String> links() {
        return jdbc.sql("SELECT aggregate_identifier || '#' || sequence_number || '=' || hash FROM event_chain "
                        + "ORDER BY aggregate_identifier, sequence_number")
                .query(String.class)
                .list();
    }

    private static List<DomainEventMessage<?>> route(ParticipantId participant, int from, int count) {
        var stages = Stage.values();
        var route = new ArrayList<DomainEventMessage<?>>();
        for (var sequence = from; sequence < from + count; sequence++) {
            var started = new StageStarted(
                    participant,
                    stages[sequence % stages.length],
                    LocalDate.of(2026, 1, 20).plusDays(sequence));
            route.add(new GenericDomainEventMessage<>(
                    "Participant", participant.toString(), sequence, started, MetaData.with("recordedBy", "coach1")));
        }
        return route;
    }
}
