package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The worklist and the pathway analytics end to end, through the HTTP API and the real event
 * processors: a coach's participant who left on 1 May 2026 is on the coach's worklist since the
 * follow-up fell due on 1 November, stays there after the worklist was rebuilt from the first
 * event, and leaves it once the follow-up is recorded; the pathway analytics count the same
 * participant, for evaluators with the small cells suppressed.
 */
@LotseApplicationTest
class WorklistAndPathwaysTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Value("${local.server.port}")
    int port;

    @Test
    void showsTheDueFollowUpUntilItIsRecordedAlsoAfterARebuild() {
        var coach = api("coach1");
        var id = enrolAndLeaveOnTheFirstOfMay("Ana", "Lungu");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(itemsOf(coach, id)).hasSize(1));
        var worklist = coach.get("/api/worklist").json();
        var item = itemsOf(coach, id).get(0);
        assertThat(item.get("displayName").asString()).isEqualTo("Ana Lungu");
        assertThat(item.get("coach").asString()).isEqualTo("coach1");
        assertThat(item.get("kind").asString()).isEqualTo("FOLLOW_UP_DUE");
        assertThat(item.get("dueOn").asString()).isEqualTo("2026-11-01");
        assertThat(item.get("detail").asString()).isEqualTo("2026-05-01");
        var total = worklist.get("total").asInt();
        assertThat(worklist.get("counts").get("FOLLOW_UP_DUE").asInt()).isEqualTo(total);
        assertThat(api("coach2").get("/api/worklist").json().get("total").asInt())
                .isZero();
        assertThat(api("lead")
                        .get("/api/worklist?coach=coach1&kind=FOLLOW_UP_DUE")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(total);
        assertThat(api("lead").get("/api/worklist?kind=NOTHING").status()).isEqualTo(400);
        assertThat(api("evaluator").get("/api/worklist").status()).isEqualTo(403);

        rebuild("worklist");
        assertThat(itemsOf(coach, id)).hasSize(1);

        var followUp = coach.post(
                "/api/participants/" + id + "/follow-up",
                "{\"date\": \"2026-11-05\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}");
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(204);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(itemsOf(coach, id)).isEmpty());
    }

    @Test
    void reportsThePathwaysWithSmallCellsSuppressedForEvaluatorsOnly() {
        enrolAndLeaveOnTheFirstOfMay("Ioana", "Rusu");
        var lead = api("lead");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(lead.get("/api/reports/pathways")
                                .json()
                                .get("participants")
                                .asInt())
                        .isGreaterThanOrEqualTo(1));
        rebuild("pathways");
        var report =
                lead.get("/api/reports/pathways?from=2026-01-01&to=2026-03-31").json();
        var coaching = report.get("stages").get(0);
        assertThat(coaching.get("stage").asString()).isEqualTo("COACHING");
        assertThat(coaching.get("started").asInt())
                .isEqualTo(report.get("participants").asInt());
        assertThat(coaching.get("closedAtExit").asInt())
                .isEqualTo(coaching.get("started").asInt());
        assertThat(coaching.get("medianDaysFromEntry").asDouble()).isEqualTo(5.0);
        assertThat(report.get("routes").get(0).get("route").get(0).asString()).isEqualTo("COACHING");
        assertThat(report.get("cohorts").get(0).get("entryQuarter").asString()).isEqualTo("2026-Q1");
        assertThat(report.get("suppressedBelow").asInt()).isEqualTo(5);

        var suppressed = api("evaluator")
                .get("/api/reports/pathways?from=2026-01-01&to=2026-03-31")
                .json();
        assertThat(suppressed.get("participants").isNull())
                .as(suppressed.toString())
                .isTrue();
        assertThat(suppressed.get("stages").get(0).get("medianDaysFromEntry").isNull())
                .isTrue();
        assertThat(api("lead")
                        .get("/api/reports/pathways?from=2026-04-01&to=2026-03-01")
                        .status())
                .isEqualTo(400);
        assertThat(api("coach1").get("/api/reports/pathways").status()).isEqualTo(403);
    }

    /** The participant enters on 15 January 2026, starts coaching on 20 January and leaves on 1 May. */
    private String enrolAndLeaveOnTheFirstOfMay(String firstName, String lastName) {
        var coach = api("coach1");
        var enrolled = coach.post("/api/participants", JourneyData.intake(firstName, lastName));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        assertThat(coach.post(
                                "/api/participants/" + id + "/stages",
                                "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(
                                "/api/participants/" + id + "/exit",
                                "{\"exitDate\": \"2026-05-01\", \"reason\": \"COMPLETED\"}")
                        .status())
                .isEqualTo(204);
        return id;
    }

    private void rebuild(String readModel) {
        var admin = api("admin");
        var replay = admin.post("/api/admin/projections/" + readModel + "/replay", "{}");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (var projection : admin.get("/api/admin/projections").json()) {
                assertThat(projection.get("replaying").asBoolean())
                        .as(projection.toString())
                        .isFalse();
            }
        });
    }

    /** The items of one participant on the first page of the caller's worklist. */
    private static List<JsonNode> itemsOf(Api caller, String id) {
        var items = new ArrayList<JsonNode>();
        caller.get("/api/worklist?size=200").json().get("items").forEach(items::add);
        return items.stream()
                .filter(item -> item.get("participantId").asString().equals(id))
                .toList();
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
