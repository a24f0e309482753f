package de.lotse.query.operations;

import static org.awaitility.Awaitility.await;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import de.lotse.query.caseload.CaseloadReadModel;
import de.lotse.query.participant.ParticipantViewReadModel;
import de.lotse.query.system.EventByEvent;
import de.lotse.query.system.QuerySideConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query side as it runs, on a fresh embedded PostgreSQL: Axon's JDBC event store and token
 * store, the caseload, participant view and any further read model in the query side's pooled
 * processors ({@link QuerySideConfiguration#SEGMENTS} segments) and batches of up to 100 events,
 * each holding its read model's switch lock, reporting its failures and parking the events it cannot
 * apply, and their rebuilds. Events are appended as the command side appends them.
 */
final class ReadSide implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int REBUILD_WORKERS = 2;
    /**
     * A segment with nothing to apply stores its position only when it extends its claim; Axon's
     * five seconds would make every wait for the head last that long.
     */
    static final Duration CLAIM_EXTENSION = Duration.ofMillis(200);

    final DataSource dataSource = TestDatabase.fresh();
    final JdbcClient jdbc = JdbcClient.create(dataSource);
    final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    final ReadModel caseload = new CaseloadReadModel().rebuildableCaseload();
    final ReadModel participantView = new ParticipantViewReadModel()
            .rebuildableParticipantViews(JsonMapper.builder().build());
    /** Every read model this read side runs: the caseload, the participant views and any others asked for. */
    final List<ReadModel> readModels;

    final ProcessorTokens tokens = new ProcessorTokens(jdbc, serializer);
    final ProcessorFailures failures = new ProcessorFailures(Clock.systemUTC());
    final Configuration axon;
    private final Map<String, Long> sequences = new HashMap<>();

    ReadSide() {
        this(List.of());
    }

    /** The read side with further read models beside the caseload and the participant views. */
    ReadSide(List<ReadModel> others) {
        readModels = Stream.concat(Stream.of(caseload, participantView), others.stream())
                .toList();
        SideMigrations.migrate(dataSource, "query");
        var platformTransactions = new DataSourceTransactionManager(dataSource);
        var transactions = new SpringTransactionManager(platformTransactions);
        var connections =
                new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
        var engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactions)
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .registerHandlerEnhancerDefinition(c -> new EventByEvent(platformTransactions));
        new QuerySideConfiguration().readModelProcessors(100, CLAIM_EXTENSION).configureModule(configurer);
        var processing = configurer
                .eventProcessing()
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .build());
        readModels.forEach(readModel -> processing.registerEventHandler(
                c -> readModel.projectionOn(new NamedParameterJdbcTemplate(dataSource))));
        new OperationsConfiguration()
                .liveProcessors(readModels, jdbc, failures, platformTransactions, connections)
                .configureModule(configurer);
        axon = configurer.start();
    }

    ProjectionRebuilds rebuilds(int batchSize) {
        return rebuilds(batchSize, axon.eventStore());
    }

    /** Rebuilds that read the events from {@code events}, each in batches of {@code batchSize} per worker. */
    ProjectionRebuilds rebuilds(int batchSize, EventStore events) {
        return new ProjectionRebuilds(
                readModels,
                dataSource,
                events,
                axon.eventProcessingConfiguration(),
                tokens,
                new RebuildProperties(batchSize, REBUILD_WORKERS),
                Clock.systemUTC());
    }

    /** Appends the events, each the next in its participant's stream, in one transaction. */
    void append(ParticipantEvent... events) {
        var messages = java.util.Arrays.stream(events)
                .map(event -> new GenericDomainEventMessage<>(
                        "Participant",
                        event.participantId().toString(),
                        sequences.merge(event.participantId().toString(), 1L, Long::sum) - 1,
                        event))
                .toList();
        axon.eventStore().publish(messages);
    }

    ParkedEvents parkedEvents() {
        return new ParkedEvents(
                readModels,
                axon.eventProcessingConfiguration(),
                new SpringTransactionManager(new DataSourceTransactionManager(dataSource)));
    }

    /** Appends the events, each the next in the stream of the given aggregate, in one transaction. */
    void append(String aggregateType, String aggregateIdentifier, Object... events) {
        var messages = java.util.Arrays.stream(events)
                .map(event -> new GenericDomainEventMessage<>(
                        aggregateType,
                        aggregateIdentifier,
                        sequences.merge(aggregateIdentifier, 1L, Long::sum) - 1,
                        event))
                .toList();
        axon.eventStore().publish(messages);
    }

    long head() {
        return ProcessorTokens.positionOf(axon.eventStore().createHeadToken());
    }

    /** Waits until every segment of every live processor has read up to the head. */
    void awaitLiveProcessorsAtHead() {
        var head = head();
        await().atMost(PATIENCE)
                .until(() -> readModels.stream().allMatch(readModel -> tokens.lowest(readModel.name()) >= head));
    }

    /** The tables' identities: a rebuilt table is a new one. */
    List<Long> tableIds(List<String> tables) {
        return tables.stream()
                .map(table -> jdbc.sql("SELECT CAST(CAST(:table AS regclass) AS oid)")
                        .param("table", table)
                        .query(Long.class)
                        .single())
                .toList();
    }

    /** Every row of the table, as JSON, in key order. */
    List<String> rows(String table) {
        return jdbc.sql("SELECT to_jsonb(t)::text FROM " + table + " t ORDER BY participant_id")
                .query(String.class)
                .list();
    }

    /** Every row of a table without a participant key, as JSON, in the order of that text. */
    List<String> rowsOf(String table) {
        return jdbc.sql("SELECT to_jsonb(t)::text AS row FROM " + table + " t ORDER BY 1")
                .query(String.class)
                .list();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
