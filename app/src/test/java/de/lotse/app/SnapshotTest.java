package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant with a long history, end to end: a snapshot is stored after 50 events, sealed
 * with the participant's key; built from it, the participant is refused what the events refuse;
 * a snapshot of another shape or one that cannot be read is passed over for the events; the chain
 * verifies with snapshots stored; and the erasure deletes the snapshot and evicts the cache.
 */
@LotseApplicationTest
class SnapshotTest {

    private static final String SURNAME = "Oyelaran-Lindqvist";
    private static final String NOTE = "Wohnheim Gneisenaustrasse";
    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final int SITUATIONS = 55;

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("participantCache") Cache cache;

    @Autowired
    EventStore eventStore;

    @Test
    void keepsALongHistoryInASealedSnapshotUntilTheErasure() {
        var coach = api("coach1");
        var id = enrolWithALongHistory(coach);
        var path = "/api/participants/" + id;

        await().untilAsserted(() -> assertThat(snapshots(id)).isEqualTo(1));
        var stored = jdbc().sql("""
                SELECT convert_from(payload, 'UTF8') FROM snapshotevententry WHERE aggregateidentifier = :id
                """).param("id", id).query(String.class).single();
        assertThat(stored).contains("lotse:enc:v1:d:").doesNotContain(SURNAME, "Mira", "1991-03-02", NOTE);
        assertThat(jdbc().sql("SELECT payloadrevision FROM snapshotevententry WHERE aggregateidentifier = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("1");

        cache.remove(id);
        assertThat(firstReadSequence(id)).isEqualTo(snapshotSequence(id)).isGreaterThanOrEqualTo(49);
        assertThat(ruleOf(coach.post(path + "/stages", stage("COACHING", ENTRY))))
                .isEqualTo("STAGE_ALREADY_ACTIVE");
        assertThat(coach.post(path + "/exit", "{\"exitDate\": \"2026-06-01\", \"reason\": \"COMPLETED\"}")
                        .status())
                .isEqualTo(204);
        cache.remove(id);
        assertThat(ruleOf(coach.post(path + "/exit", "{\"exitDate\": \"2026-06-02\", \"reason\": \"COMPLETED\"}")))
                .isEqualTo("ALREADY_EXITED");

        anOlderShapeOrAnUnreadableSnapshotIsPassedOver(coach, id);
        assertThat(chainIsValid()).isTrue();

        var erased = api("admin")
                .post(path + "/erasure", "{\"reason\": \"request of the participant\", \"overrideRetention\": true}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(snapshots(id)).isZero();
        assertThat(cache.containsKey(id)).isFalse();
        assertThat(firstReadSequence(id)).isZero();
        assertThat(ruleOf(coach.post(path + "/situations", situation(ENTRY.plusDays(200)))))
                .isEqualTo("ALREADY_ERASED");
        assertThat(chainIsValid()).isTrue();
    }

    private String enrolWithALongHistory(Api coach) {
        var enrolled = coach.post("/api/participants", JourneyData.intake("Mira", SURNAME));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        var path = "/api/participants/" + id;
        assertThat(coach.post(path + "/stages", stage("COACHING", ENTRY)).status())
                .isEqualTo(204);
        for (var day = 1; day <= SITUATIONS; day++) {
            var recorded = coach.post(path + "/situations", situation(ENTRY.plusDays(day)));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);
        }
        return id;
    }

    /**
     * A snapshot under another revision is ignored, and one that does not read (here: sealed
     * nonsense) is logged and passed over; either way the participant is read from all the events,
     * and a command on it is decided.
     */
    private void anOlderShapeOrAnUnreadableSnapshotIsPassedOver(Api coach, String id) {
        jdbc().sql("UPDATE snapshotevententry SET payloadrevision = '0' WHERE aggregateidentifier = :id")
                .param("id", id)
                .update();
        assertThat(firstReadSequence(id)).isZero();

        jdbc().sql("""
                UPDATE snapshotevententry SET payloadrevision = '1', payload = convert_to(
                       '{"participantId": "' || aggregateidentifier || '", "state": "lotse:enc:v1:d:AAAA"}', 'UTF8')
                 WHERE aggregateidentifier = :id
                """).param("id", id).update();
        assertThat(firstReadSequence(id)).isZero();
        cache.remove(id);
        var followUp = coach.post(
                "/api/participants/" + id + "/follow-up",
                "{\"date\": \"2026-10-01\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}");
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(204);
    }

    /** The sequence number of the first message the event store reads for the participant: a snapshot's, or 0. */
    private long firstReadSequence(String id) {
        return eventStore.readEvents(id).peek().getSequenceNumber();
    }

    private long snapshotSequence(String id) {
        return jdbc().sql("SELECT sequencenumber FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private int snapshots(String id) {
        return jdbc().sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private boolean chainIsValid() {
        return api("auditor").get("/api/audit/verify").ok().get("valid").asBoolean();
    }

    private static String ruleOf(Api.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        return refused.json().get("rule").asString();
    }

    private static String stage(String stage, LocalDate date) {
        return "{\"stage\": \"%s\", \"startDate\": \"%s\"}".formatted(stage, date);
    }

    private static String situation(LocalDate date) {
        return "{\"date\": \"%s\", \"situation\": \"JOB_SEARCHING\", \"detail\": \"%s\"}".formatted(date, NOTE);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
