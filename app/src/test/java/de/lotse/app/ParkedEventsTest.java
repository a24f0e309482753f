package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dead-letter queue as the application wires it, through the admin API: a participant whose
 * caseload row the database refuses has that event and the later ones parked, the others' are
 * projected, the admin lists the parked events with the error, a retry while the cause is still
 * there keeps them parked, and once the cause is gone a retry applies them again in order. The poison is a trigger the test puts on the caseload table;
 * the module's {@code DeadLetterTest} covers the rest (handler failures, eviction, same batch).
 */
@LotseApplicationTest
class ParkedEventsTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @AfterEach
    void removeThePoison() {
        jdbc().sql("DROP TRIGGER IF EXISTS parked_events_test ON caseload").update();
        jdbc().sql("DROP FUNCTION IF EXISTS parked_events_test()").update();
    }

    @Test
    void parksARefusedParticipantsEventsAndAppliesThemAgainOnceTheCauseIsGone() {
        var admin = api("admin");
        var refused = enrol("Paula", "Parked");
        var other = enrol("Otto", "Onward");
        refuseCaseloadChangesOf(refused);

        startStage(refused, "COACHING", "2026-01-20");
        startStage(refused, "QUALIFICATION", "2026-01-25");
        startStage(other, "COACHING", "2026-01-20");

        await().untilAsserted(() -> assertThat(activeStages(other)).containsExactly("COACHING"));
        await().untilAsserted(() -> assertThat(
                        admin.get("/api/admin/parked-events").json().findValuesAsString("participantId"))
                .containsExactly(refused, refused));
        var parked = admin.get("/api/admin/parked-events").json();
        assertThat(parked.get(0).get("readModel").asString()).isEqualTo("caseload");
        assertThat(parked.get(0).get("sequence").asLong()).isEqualTo(1);
        assertThat(parked.get(0).get("errorType").asString()).isEqualTo("PSQLException");
        assertThat(parked.get(0).get("error").asString()).contains("caseload refused");
        assertThat(parked.get(1).get("sequence").asLong()).isEqualTo(2);
        assertThat(parked.get(1).get("eventType").asString()).isEqualTo("StageStarted");
        assertThat(parked.toString()).doesNotContain("Paula", "Parked\"");
        assertThat(activeStages(refused)).isEmpty();
        assertThat(admin.get("/api/admin/projections").json().findValues("parked"))
                .anySatisfy(count -> assertThat(count.asLong()).isEqualTo(2));

        var stillRefused = admin.post("/api/admin/parked-events/caseload/" + refused + "/retry", null);
        assertThat(stillRefused.status()).as(stillRefused.toString()).isEqualTo(200);
        assertThat(stillRefused.json().get("applied").asLong()).isZero();
        assertThat(stillRefused.json().get("stillParked").asLong()).isEqualTo(2);
        assertThat(activeStages(refused)).isEmpty();

        removeThePoison();
        var retried = admin.post("/api/admin/parked-events/caseload/" + refused + "/retry", null);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("applied").asLong()).isEqualTo(2);
        assertThat(retried.json().get("stillParked").asLong()).isZero();
        assertThat(activeStages(refused)).containsExactly("COACHING", "QUALIFICATION");
        assertThat(admin.get("/api/admin/parked-events").json().size()).isZero();
        var again = admin.post("/api/admin/parked-events/caseload/" + refused + "/retry", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    private String enrol(String firstName, String lastName) {
        var enrolled = api("coach1").post("/api/participants", JourneyData.intake(firstName, lastName));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        await().untilAsserted(
                        () -> assertThat(jdbc().sql("SELECT count(*) FROM caseload WHERE participant_id = ?::uuid")
                                        .param(id)
                                        .query(Long.class)
                                        .single())
                                .isEqualTo(1));
        return id;
    }

    private void startStage(String id, String stage, String date) {
        var started = api("coach1")
                .post(
                        "/api/participants/" + id + "/stages",
                        "{\"stage\": \"%s\", \"startDate\": \"%s\"}".formatted(stage, date));
        assertThat(started.status()).as(started.toString()).isBetween(200, 299);
    }

    private void refuseCaseloadChangesOf(String id) {
        jdbc().sql("""
                        CREATE FUNCTION parked_events_test() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN RAISE EXCEPTION 'caseload refused'; END $$""").update();
        jdbc().sql("""
                        CREATE TRIGGER parked_events_test BEFORE UPDATE ON caseload FOR EACH ROW
                        WHEN (NEW.participant_id = '%s') EXECUTE FUNCTION parked_events_test()""".formatted(id)).update();
    }

    private List<String> activeStages(String id) {
        return jdbc().sql("SELECT unnest(active_stages) FROM caseload WHERE participant_id = ?::uuid")
                .param(id)
                .query(String.class)
                .list();
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
