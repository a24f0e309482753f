package de.lotse.query.operations;

import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.lotse.api.operations.ReplayRefusal;
import de.lotse.api.participant.ParticipantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class ProjectionRebuildsTest {

    private static final LocalDate LATER = LocalDate.of(2026, 9, 1);

    private final ReadSide readSide = new ReadSide();

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void rebuildsTheCaseloadIntoIdenticalRowsInANewTable() {
        Routes.walk(readSide, 12);
        readSide.awaitLiveProcessorsAtHead();
        var before = readSide.rows("caseload");
        var indexesBefore = indexNames("caseload");
        var tableBefore = tableId("caseload");
        var storageBefore = storageParameters("caseload");

        rebuildAndWait(readSide.rebuilds(7), "caseload");

        assertThat(tableId("caseload")).isNotEqualTo(tableBefore);
        assertThat(readSide.rows("caseload")).hasSize(12).containsExactlyElementsOf(before);
        assertThat(indexNames("caseload")).isEqualTo(indexesBefore);
        assertThat(storageParameters("caseload"))
                .isEqualTo(storageBefore)
                .contains("autovacuum_vacuum_scale_factor=0.01");
        assertThat(tablesIn(RebuildTables.REBUILD)).isEmpty();
        assertThat(tablesIn(RebuildTables.RETIRED)).isEmpty();
    }

    @Test
    void rebuildsTheParticipantViewsIntoIdenticalRows() {
        Routes.walk(readSide, 12);
        readSide.awaitLiveProcessorsAtHead();
        var before = readSide.rows("participant_view");
        var tableBefore = tableId("participant_view");

        rebuildAndWait(readSide.rebuilds(1000), "participant-view");

        assertThat(tableId("participant_view")).isNotEqualTo(tableBefore);
        assertThat(readSide.rows("participant_view")).hasSize(12).containsExactlyElementsOf(before);
    }

    @Test
    void rebuildsTwoReadModelsAtOnce() {
        Routes.walk(readSide, 12);
        readSide.awaitLiveProcessorsAtHead();
        var caseloadBefore = tableId("caseload");
        var viewsBefore = tableId("participant_view");
        var rebuilds = readSide.rebuilds(7);

        rebuilds.start("caseload");
        rebuildAndWait(rebuilds, "participant-view");
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("caseload").isEmpty());

        assertThat(tableId("caseload")).isNotEqualTo(caseloadBefore);
        assertThat(tableId("participant_view")).isNotEqualTo(viewsBefore);
        assertThat(readSide.rows("caseload")).hasSize(12);
        assertThat(tablesIn(RebuildTables.RETIRED)).isEmpty();
    }

    @Test
    void servesTheOldRowsWhileRebuildingAndFollowsNewEventsAfterTheSwitch() throws InterruptedException {
        Routes.walk(readSide, 10);
        readSide.awaitLiveProcessorsAtHead();
        var before = readSide.rows("caseload");
        var pausing = new PausingRebuilds(readSide, 5);
        var rebuilds = pausing.rebuilds;

        rebuilds.start("caseload");
        pausing.paused.await();

        assertThat(readSide.rows("caseload")).containsExactlyElementsOf(before);
        assertThat(count(RebuildTables.REBUILD + ".caseload")).isBetween(1L, 9L);
        var duringRebuild = ParticipantId.random();
        readSide.append(enrolled(duringRebuild, "During", "Rebuild", "coach1", LATER));
        await().atMost(ReadSide.PATIENCE).until(() -> readSide.rows("caseload").size() == 11);

        pausing.resume.countDown();
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("caseload").isEmpty());
        var afterSwitch = ParticipantId.random();
        readSide.append(enrolled(afterSwitch, "After", "Switch", "coach1", LATER));

        await().atMost(ReadSide.PATIENCE).until(() -> readSide.rows("caseload").size() == 12);
        assertThat(names()).contains("During Rebuild", "After Switch");
    }

    @Test
    void switchesOnlyOnceTheBatchesInFlightOnOtherInstancesHaveCommitted() throws SQLException {
        Routes.walk(readSide, 6);
        readSide.awaitLiveProcessorsAtHead();
        var tableBefore = tableId("caseload");
        var rebuilds = readSide.rebuilds(10);

        try (var otherInstance = new HeldTransaction(readSide)) {
            SwitchLock.take(otherInstance.jdbc, "caseload");
            rebuilds.start("caseload");
            await().atMost(ReadSide.PATIENCE).until(() -> advisoryLocksWaiting() == 1);
            assertThat(tableId("caseload")).isEqualTo(tableBefore);
        }

        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("caseload").isEmpty());
        assertThat(tableId("caseload")).isNotEqualTo(tableBefore);
        assertThat(readSide.rows("caseload")).hasSize(6);
    }

    @Test
    void holdsOffTheLiveProcessorWhileASwitchHoldsTheLock() throws SQLException {
        Routes.walk(readSide, 2);
        readSide.awaitLiveProcessorsAtHead();

        try (var switching = new HeldTransaction(readSide)) {
            SwitchLock.takeExclusively(switching.jdbc, "caseload");
            readSide.append(enrolled(ParticipantId.random(), "Held", "Off", "coach1", LATER));
            await().atMost(ReadSide.PATIENCE).until(() -> advisoryLocksWaiting() >= 1);
            assertThat(readSide.rows("caseload")).hasSize(2);
        }

        await().atMost(ReadSide.PATIENCE).until(() -> readSide.rows("caseload").size() == 3);
    }

    @Test
    void refusesAReadModelItDoesNotKnow() {
        assertThatThrownBy(() -> readSide.rebuilds(10).start("nothing"))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        refusal -> assertThat(refusal.<ReplayRefusal>getDetails())
                                .contains(ReplayRefusal.unknown("nothing")));
    }

    @Test
    void refusesASecondRebuildOfAReadModelWhileOneRuns() throws InterruptedException {
        Routes.walk(readSide, 3);
        var pausing = new PausingRebuilds(readSide, 2);
        var rebuilds = pausing.rebuilds;
        rebuilds.start("caseload");
        pausing.paused.await();

        assertThatThrownBy(() -> rebuilds.start("caseload"))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        refusal -> assertThat(refusal.<ReplayRefusal>getDetails())
                                .contains(ReplayRefusal.alreadyReplaying("caseload")));
        pausing.resume.countDown();
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("caseload").isEmpty());
    }

    @Test
    void keepsTheLiveTableAndProcessorWhenARebuildFailsAndTellsWhy() {
        Routes.walk(readSide, 4);
        readSide.awaitLiveProcessorsAtHead();
        var before = readSide.rows("caseload");
        var forgetsItsTable = new ReadModel("caseload", List.of("participant_view"), readSide.caseload::projectionOn);
        var failedAt = Instant.parse("2026-11-25T07:30:00Z");
        var rebuilds = new ProjectionRebuilds(
                List.of(forgetsItsTable),
                readSide.dataSource,
                readSide.axon.eventStore(),
                readSide.axon.eventProcessingConfiguration(),
                readSide.tokens,
                new RebuildProperties(10, 2),
                Clock.fixed(failedAt, ZoneOffset.UTC));

        rebuildAndWait(rebuilds, "caseload");

        assertThat(rebuilds.failed("caseload")).hasValueSatisfying(failed -> {
            assertThat(failed.at()).isEqualTo(failedAt);
            assertThat(failed.error()).contains("caseload");
        });
        assertThat(readSide.rows("caseload")).containsExactlyElementsOf(before);
        assertThat(tablesIn(RebuildTables.REBUILD)).isEmpty();
        readSide.append(enrolled(ParticipantId.random(), "After", "Failure", "coach1", LATER));
        await().atMost(ReadSide.PATIENCE).until(() -> readSide.rows("caseload").size() == 5);
    }

    @Test
    void refusesAReadModelNotNamedAfterItsProcessingGroup() {
        var misnamed = new ReadModel("case-list", List.of("caseload"), readSide.caseload::projectionOn);

        assertThatThrownBy(() -> new ProjectionRebuilds(
                        List.of(misnamed),
                        readSide.dataSource,
                        readSide.axon.eventStore(),
                        readSide.axon.eventProcessingConfiguration(),
                        readSide.tokens,
                        new RebuildProperties(10, 2),
                        Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("case-list");
    }

    /** The table's storage parameters as PostgreSQL lists them, or an empty text. */
    private String storageParameters(String table) {
        return readSide.jdbc
                .sql(
                        "SELECT coalesce(array_to_string(reloptions, ','), '') FROM pg_class WHERE oid = CAST(:t AS regclass)")
                .param("t", table)
                .query(String.class)
                .single();
    }

    private long advisoryLocksWaiting() {
        return readSide.jdbc
                .sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .query(Long.class)
                .single();
    }

    /** A transaction on a connection of its own, as another instance's, rolled back on close. */
    private static final class HeldTransaction implements AutoCloseable {

        private final Connection connection;
        final JdbcClient jdbc;

        HeldTransaction(ReadSide readSide) throws SQLException {
            connection = readSide.dataSource.getConnection();
            connection.setAutoCommit(false);
            jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private static void rebuildAndWait(ProjectionRebuilds rebuilds, String name) {
        rebuilds.start(name);
        await().atMost(ReadSide.PATIENCE).until(() -> rebuilds.running(name).isEmpty());
    }

    private List<String> names() {
        return readSide.jdbc
                .sql("SELECT display_name FROM caseload")
                .query(String.class)
                .list();
    }

    private long count(String table) {
        return readSide.jdbc
                .sql("SELECT count(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    private long tableId(String table) {
        return readSide.jdbc
                .sql("SELECT CAST(CAST(:table AS regclass) AS oid)")
                .param("table", table)
                .query(Long.class)
                .single();
    }

    private List<String> indexNames(String table) {
        return readSide.jdbc
                .sql("SELECT indexname FROM pg_indexes WHERE tablename = :table ORDER BY indexname")
                .param("table", table)
                .query(String.class)
                .list();
    }

    private List<String> tablesIn(String schema) {
        return readSide.jdbc
                .sql("SELECT tablename FROM pg_tables WHERE schemaname = :schema")
                .param("schema", schema)
                .query(String.class)
                .list();
    }
}
