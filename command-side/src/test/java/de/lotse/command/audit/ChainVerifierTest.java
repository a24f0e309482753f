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
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain as an auditor relies on it: written with every append through Axon's JDBC engine on
 * PostgreSQL, valid as written, and each kind of tampering done directly in the database is found
 * with participant and sequence.
 */
class ChainVerifierTest {

    private final ParticipantId amira = ParticipantId.random();
    private final ParticipantId bogdan = ParticipantId.random();
    private DataSource dataSource;
    private JdbcClient jdbc;
    private ChainVerifier verifier;

    @BeforeEach
    void storeTwoParticipantsEvents() {
        dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        jdbc = JdbcClient.create(dataSource);
        var transactions = new DataSourceTransactionManager(dataSource);
        var serializer = Jackson3Serializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
        var engine = new ChainedEventStorageEngine(
                JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer),
                new SpringTransactionManager(transactions),
                new EventChain(jdbc));
        engine.appendEvents(route(amira, 0, 4));
        engine.appendEvents(route(bogdan, 0, 3));
        engine.appendEvents(route(amira, 4, 1));
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        verifier = new ChainVerifier(new JdbcTemplate(dataSource), readOnly);
    }

    @Test
    void findsTheUntouchedTrailValid() {
        var verdict = verifier.verify();

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.participantsChecked()).isEqualTo(2);
        assertThat(verdict.eventsChecked()).isEqualTo(8);
        assertThat(verdict.broken()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM event_chain")
                        .query(Long.class)
                        .single())
                .isEqualTo(8);
    }

    @Test
    void reportsAChangedPayload() {
        jdbc.sql("""
                UPDATE domainevententry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'QUALIFICATION', 'COACHING'), 'UTF8')
                 WHERE aggregateidentifier = :id AND sequencenumber = 1
                """).param("id", amira.toString()).update();

        assertThat(verifier.verify().broken()).containsExactly(new ChainBreak(amira.toString(), 1));
    }

    @Test
    void reportsADeletedEvent() {
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 1")
                .param("id", bogdan.toString())
                .update();

        var verdict = verifier.verify();
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.broken()).containsExactly(new ChainBreak(bogdan.toString(), 1));
    }

    @Test
    void reportsADeletedEventWhoseLinkWasDeletedToo() {
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 1")
                .param("id", bogdan.toString())
                .update();
        jdbc.sql("DELETE FROM event_chain WHERE aggregate_identifier = :id AND sequence_number = 1")
                .param("id", bogdan.toString())
                .update();

        assertThat(verifier.verify().broken())
                .contains(new ChainBreak(bogdan.toString(), 1))
                .allMatch(b -> b.participantId().equals(bogdan.toString()));
    }

    @Test
    void reportsTwoSwappedEvents() {
        jdbc.sql("""
                UPDATE domainevententry AS e
                   SET payload = o.payload
                  FROM domainevententry AS o
                 WHERE e.aggregateidentifier = :id AND o.aggregateidentifier = :id
                   AND e.sequencenumber IN (2, 3) AND o.sequencenumber = 5 - e.sequencenumber
                """).param("id", amira.toString()).update();

        assertThat(verifier.verify().broken())
                .containsExactly(new ChainBreak(amira.toString(), 2), new ChainBreak(amira.toString(), 3));
    }

    private static List<DomainEventMessage<?>> route(ParticipantId participant, int from, int count) {
        var stages = Stage.values();
        var events = new ArrayList<DomainEventMessage<?>>();
        for (var sequence = from; sequence < from + count; sequence++) {
            var started = new StageStarted(
                    participant,
                    stages[sequence % stages.length],
                    LocalDate.of(2026, 1, 20).plusDays(sequence));
            events.add(new GenericDomainEventMessage<>("Participant", participant.toString(), sequence, started));
        }
        return events;
    }
}
