package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Lotse's read models as their readers see them, and the one comparison that says a read model is
 * right: its answers equal those of a rebuild from the first event. A read model is caught up when
 * its processor stands at the head of the event stream and no rebuild runs.
 */
final class ReadModels {

    static final List<String> NAMES = List.of(
            "audit-trail",
            "caseload",
            "esf-facts",
            "participant-view",
            "housing-portfolio",
            "worklist",
            "pathways",
            "provider-directory");

    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final String REPORT = "/api/reports/esf?asOf=2099-01-01T00:00:00Z";
    private static final String PATHWAYS = "/api/reports/pathways?asOf=2099-01-01T00:00:00Z";
    private static final int PAGE = 200;

    private ReadModels() {}

    static void awaitCaughtUp(Api admin) {
        await("read models caught up").atMost(CATCH_UP).untilAsserted(() -> {
            for (var projection : admin.get("/api/admin/projections").ok()) {
                assertThat(projection.get("replaying").asBoolean())
                        .as(projection.toString())
                        .isFalse();
                assertThat(projection.get("position").asLong())
                        .as(projection.toString())
                        .isEqualTo(projection.get("head").asLong());
            }
        });
    }

    /** Rebuilds every read model from the first event and waits until the rebuilds have switched over. */
    static void rebuild(Api admin) {
        for (var readModel : NAMES) {
            var started = admin.post("/api/admin/projections/" + readModel + "/replay", "{}");
            assertThat(started.status()).as(readModel + ": " + started).isEqualTo(202);
        }
        awaitCaughtUp(admin);
    }

    /** Rebuilds every read model and asserts that each answers as it did before. */
    static void assertEqualToRebuild(Api any, Iterable<String> participants) {
        assertEqualToRebuild(any, participants, List.of());
    }

    /** As above, and each of the housing units' detail as well. */
    static void assertEqualToRebuild(Api any, Iterable<String> participants, Iterable<String> units) {
        var admin = any.as("admin");
        awaitCaughtUp(admin);
        var live = Answers.of(any, participants, units);
        rebuild(admin);
        assertThat(Answers.of(any, participants, units))
                .as("the read models' answers after a rebuild from the first event")
                .isEqualTo(live);
    }

    /**
     * What every read model answers: the ESF+ report (ESF facts), the coach's caseload, each
     * participant's view, the whole audit trail, the housing portfolio's list of units and each
     * given unit's detail, the team lead's worklist, the pathway report and the provider directory,
     * each as the API gives it (the worklist as JSON, since its counts per kind are an unordered map).
     */
    record Answers(
            String esfReport,
            List<String> caseload,
            Map<String, String> views,
            String auditTrail,
            List<String> housingUnits,
            Map<String, String> unitDetails,
            List<JsonNode> worklist,
            String pathwayReport,
            String providers) {

        static Answers of(Api any, Iterable<String> participants, Iterable<String> units) {
            var coach = any.as("coach1");
            var views = new LinkedHashMap<String, String>();
            participants.forEach(
                    id -> views.put(id, coach.get("/api/participants/" + id).body()));
            var housing = any.as("housing");
            var unitDetails = new LinkedHashMap<String, String>();
            units.forEach(id ->
                    unitDetails.put(id, housing.get("/api/housing/units/" + id).body()));
            return new Answers(
                    any.as("evaluator").get(REPORT).body(),
                    pages(coach, "/api/caseload"),
                    views,
                    any.as("auditor").get("/api/audit/events.jsonl").body(),
                    pages(housing, "/api/housing/units"),
                    unitDetails,
                    responses(any.as("lead"), "/api/worklist").stream()
                            .map(Api.Response::json)
                            .toList(),
                    any.as("evaluator").get(PATHWAYS).body(),
                    coach.get("/api/providers").body());
        }

        /** Every page of a paged list ({@code items}, {@code total}). */
        private static List<String> pages(Api reader, String path) {
            return responses(reader, path).stream().map(Api.Response::body).toList();
        }

        private static List<Api.Response> responses(Api reader, String path) {
            var pages = new ArrayList<Api.Response>();
            for (var page = 0; ; page++) {
                var answer = reader.get(path + "?size=" + PAGE + "&page=" + page);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                pages.add(answer);
                if ((long) (page + 1) * PAGE >= answer.json().get("total").asLong()) {
                    return pages;
                }
            }
        }
    }
}
