package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The right to erasure in an append-only store, end to end: refused while the retention period
 * runs unless overridden, then every personal datum of the person is unreadable everywhere (a scan
 * of every table finds none), while the ESF+ report does not move, the hash chain still verifies,
 * and a rebuilt read model still shows {@code [erased]}.
 */
@LotseApplicationTest
@TestPropertySource(properties = "lotse.retention.until=2099-12-31")
class ErasureTest {

    private static final String SURNAME = "Brzeczyszczykiewicz";
    private static final String EMPLOYER = "Baeckerei Wawrzyniak";

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void erasesEveryPersonalDatumAndKeepsReportsAndChainIntact() {
        var admin = api("admin");
        var id = enrolZofiaAndRecordHerWay();
        var report = api("evaluator")
                .get("/api/reports/esf")
                .json()
                .get("indicators")
                .toString();

        var refused =
                admin.post("/api/participants/" + id + "/erasure", "{\"reason\": \"request of the participant\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("RETENTION_PERIOD_RUNS");
        assertThat(admin.post("/api/participants/" + id + "/erasure", "{\"overrideRetention\": true}")
                        .status())
                .isEqualTo(400);
        assertThat(api("coach1")
                        .post(
                                "/api/participants/" + id + "/erasure",
                                "{\"reason\": \"x\", \"overrideRetention\": true}")
                        .status())
                .isEqualTo(403);

        var erased = admin.post(
                "/api/participants/" + id + "/erasure",
                "{\"reason\": \"request of the participant\", \"overrideRetention\": true}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        await().untilAsserted(() -> {
            var view = admin.get("/api/participants/" + id).json();
            assertThat(view.get("erased").asBoolean()).isTrue();
            assertThat(view.get("lastName").asString()).isEqualTo("[erased]");
        });
        await().untilAsserted(() -> assertThat(
                        admin.get("/api/caseload?q=erased").json().get("total").asInt())
                .isEqualTo(1));
        var history = admin.get("/api/participants/" + id + "/history").body();
        assertThat(history).doesNotContain(SURNAME, EMPLOYER).contains("[erased]");
        assertThat(api("evaluator")
                        .get("/api/reports/esf")
                        .json()
                        .get("indicators")
                        .toString())
                .isEqualTo(report);
        assertThat(api("auditor").get("/api/audit/verify").json().get("valid").asBoolean())
                .isTrue();
        assertThat(api("coach1")
                        .post(
                                "/api/participants/" + id + "/stages",
                                "{\"stage\": \"COACHING\", \"startDate\": \"2026-03-01\"}")
                        .json()
                        .get("rule")
                        .asString())
                .isEqualTo("ALREADY_ERASED");

        aRebuiltViewStillShowsTheErasure(admin, id);
        assertThat(tablesContaining(SURNAME)).isEmpty();
        assertThat(tablesContaining(EMPLOYER)).isEmpty();
        assertThat(tablesContaining("1980-07-07")).isEmpty();
    }

    private String enrolZofiaAndRecordHerWay() {
        var coach = api("coach1");
        var intake = JourneyData.intake("Zofia", SURNAME).replace("1991-03-02", "1980-07-07");
        var enrolled = coach.post("/api/participants", intake);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        var path = "/api/participants/" + id;
        assertThat(coach.post(
                                path + "/situations",
                                "{\"date\": \"2026-02-01\", \"situation\": \"EMPLOYED\", \"detail\": \"" + EMPLOYER
                                        + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(
                                path + "/qualifications",
                                "{\"date\": \"2026-02-02\", \"title\": \"Konditorin bei " + EMPLOYER
                                        + "\", \"certificate\": \"MODULE\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(path + "/exit", "{\"exitDate\": \"2026-02-10\", \"reason\": \"COMPLETED\"}")
                        .status())
                .isEqualTo(204);
        await().untilAsserted(() -> assertThat(
                        api("evaluator").get("/api/reports/esf").json().toString())
                .contains("EECR04"));
        await().untilAsserted(() ->
                assertThat(coach.get(path).ok().get("exit").isNull()).isFalse());
        // Her exit lies more than six months back, so its follow-up falls due at once, through a
        // deadline that records an event of its own. It must be in before the audit trail is
        // counted: once it came after the count, and the trail rebuilt later had one more event.
        await().untilAsserted(() -> assertThat(coach.get("/api/caseload?followUpDue=true&size=200")
                        .ok()
                        .toString())
                .contains(id));
        return id;
    }

    private void aRebuiltViewStillShowsTheErasure(Api admin, String id) {
        // The trail is counted once the audit trail has read every event, so that the rebuilt one
        // is compared with all of it, not with a trail one event behind.
        ReadModels.awaitCaughtUp(admin);
        var trail = api("auditor")
                .get("/api/audit/events?size=500")
                .json()
                .get("total")
                .asInt();
        assertThat(admin.post("/api/admin/projections/participant-view/replay", "{}")
                        .status())
                .isEqualTo(202);
        assertThat(admin.post("/api/admin/projections/audit-trail/replay", "{}").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var projections = admin.get("/api/admin/projections").json();
            for (var projection : projections) {
                assertThat(projection.get("replaying").asBoolean())
                        .as(projection.toString())
                        .isFalse();
            }
        });
        var view = admin.get("/api/participants/" + id).json();
        assertThat(view.get("firstName").asString()).isEqualTo("[erased]");
        assertThat(view.get("situations").get(0).get("detail").asString()).isEqualTo("[erased]");
        assertThat(api("auditor")
                        .get("/api/audit/events?size=500")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(trail);
    }

    /** Every table, in every schema of ours, whose rows contain {@code word} as text or as bytes. */
    private List<String> tablesContaining(String word) {
        var jdbc = JdbcClient.create(dataSource);
        var hex =
                HexFormat.of().formatHex(word.getBytes(StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
        var tables = jdbc.sql("""
                SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
                 WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
                """).query(String.class).list();
        assertThat(tables).contains("public.domainevententry", "public.caseload", "public.participant_view");
        return tables.stream()
                .filter(table -> jdbc.sql(
                                        "SELECT count(*) FROM " + table
                                                + " t WHERE strpos(lower(t::text), lower(:word)) > 0 OR strpos(lower(t::text), :hex) > 0")
                                .param("word", word)
                                .param("hex", hex)
                                .query(Long.class)
                                .single()
                        > 0)
                .toList();
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
