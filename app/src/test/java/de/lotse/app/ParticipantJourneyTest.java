package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * One participant's whole route over HTTP, as a coach, a team lead, an evaluator and an auditor
 * meet it: every step is a named use case, and every refusal the contract lists is tried on the
 * way, each checked to leave the stored history untouched.
 */
@LotseApplicationTest
class ParticipantJourneyTest {

    @Value("${local.server.port}")
    int port;

    Api coach;

    @BeforeEach
    void connect() {
        coach = new Api("http://localhost:" + port, "coach1", TestEnvironment.PASSWORD);
    }

    /**
     * Axon must run commands and event processors in Spring's transactions, so an event is stored
     * with the intake register row, and a projection's rows commit with its token.
     */
    @Test
    void runsAxonInSpringsTransactions(@Autowired TransactionManager transactions) {
        assertThat(transactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void walksAParticipantThroughTheWholeRoute() {
        var id = enrolElena();
        repeatingTheIntakeIsIdempotent(id);
        aDuplicateIntakeNamesTheExistingParticipant(id);
        invalidIntakesAreBadRequests();
        anUnknownPathIsAProblemToo();
        strangersAndOtherRolesAreKeptOut(id);
        aBrokenPathwayRuleIsAConflictAndStoresNothing(id);
        walkTheRoute(id);
        correctTheIntake(id);
        theCaseloadShowsTheRoute(id);
        theHistoryShowsEveryStepInOrder(id);
    }

    private String enrolElena() {
        var response = coach.post("/api/participants", elena(null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var id = response.json().get("id").asString();
        assertThat(response.location()).endsWith("/api/participants/" + id);
        return id;
    }

    private void repeatingTheIntakeIsIdempotent(String id) {
        var first = coach.post(
                "/api/participants",
                elena("6f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c01").replace("Elena", "Ioana"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var again = coach.post(
                "/api/participants",
                elena("6f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c01").replace("Elena", "Ioana"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo("6f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c01");
    }

    private void aDuplicateIntakeNamesTheExistingParticipant(String id) {
        var duplicate = coach.post("/api/participants", elena(null).replace("\"Elena\"", "\" elena \""));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(duplicate.json().get("existingId").asString()).isEqualTo(id);
    }

    private void invalidIntakesAreBadRequests() {
        for (var broken : List.of(
                elena(null).replace("\"consentGiven\": true", "\"consentGiven\": false"),
                elena(null).replace("\"isced\": 2", "\"isced\": 9"),
                elena(null).replace("1991-03-02", "1991-02-30"),
                elena(null).replace("LONG_TERM_UNEMPLOYED", "RETIRED"),
                elena(null).replace("\"gender\": \"FEMALE\",", ""),
                "{not json")) {
            var response = coach.post("/api/participants", broken);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(400);
        }
        var missing = coach.post("/api/participants", elena(null).replace("\"gender\": \"FEMALE\",", ""));
        assertThat(missing.json().get("errors").toString()).contains("gender");
        // PostgreSQL stores no NUL: accepted, it would stop every projection that writes the name.
        var nul = coach.post("/api/participants", elena(null).replace("\"Elena\"", "\"Ele\\u0000na\""));
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.json().get("errors").toString()).contains("firstName", "NUL");
        assertThat(coach.get("/api/caseload?q=Ele%00na").status()).isEqualTo(400);
    }

    private void anUnknownPathIsAProblemToo() {
        var unknown = coach.get("/api/participant-list");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private void strangersAndOtherRolesAreKeptOut(String id) {
        var anonymous = coach.anonymous().get("/api/participants/" + id);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(coach.as("coach1").get("/api/caseload").status()).isEqualTo(200);
        assertThat(new Api("http://localhost:" + port, "coach1", "wrong")
                        .get("/api/caseload")
                        .status())
                .isEqualTo(401);
        var evaluator = coach.as("evaluator").get("/api/participants/" + id);
        assertThat(evaluator.status()).isEqualTo(403);
        assertThat(evaluator.contentType()).startsWith("application/problem+json");
        assertThat(coach.as("evaluator").get("/api/caseload").status()).isEqualTo(403);
        assertThat(coach.as("auditor")
                        .post(
                                "/api/participants/" + id + "/stages",
                                "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}")
                        .status())
                .isEqualTo(403);
        var otherCoach = coach.as("coach2")
                .post(
                        "/api/participants/" + id + "/stages",
                        "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}");
        assertThat(otherCoach.status()).as(otherCoach.toString()).isEqualTo(403);
        await().untilAsserted(() ->
                assertThat(coach.get("/api/participants/" + id).status()).isEqualTo(200));
        assertThat(coach.as("coach2").get("/api/participants/" + id).status()).isEqualTo(403);
        var unknown = coach.get("/api/participants/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(coach.post(
                                "/api/participants/00000000-0000-0000-0000-000000000000/stages",
                                "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}")
                        .status())
                .isEqualTo(404);
    }

    private void aBrokenPathwayRuleIsAConflictAndStoresNothing(String id) {
        var before = historyOf(id).size();
        var response = coach.post(
                "/api/participants/" + id + "/stages", "{\"stage\": \"QUALIFICATION\", \"startDate\": \"2026-01-20\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:lotse:rule:coaching-first");
        var beforeEntry = coach.post(
                "/api/participants/" + id + "/stages", "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-14\"}");
        assertThat(beforeEntry.status()).isEqualTo(409);
        assertThat(beforeEntry.json().get("rule").asString()).isEqualTo("DATE_BEFORE_ENTRY");
        assertThat(historyOf(id)).hasSize(before);
    }

    private void walkTheRoute(String id) {
        var path = "/api/participants/" + id;
        ok(coach.post(path + "/stages", "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}"));
        ok(coach.post(path + "/stages", "{\"stage\": \"QUALIFICATION\", \"startDate\": \"2026-02-01\"}"));
        ok(coach.post(path + "/stages/QUALIFICATION/complete", "{\"date\": \"2026-04-30\", \"note\": \"passed\"}"));
        ok(coach.post(
                path + "/qualifications",
                "{\"date\": \"2026-04-30\", \"title\": \"Forklift licence\", \"certificate\": \"RECOGNISED\"}"));
        ok(coach.post(path + "/stages", "{\"stage\": \"LANGUAGE_SUPPORT\", \"startDate\": \"2026-02-15\"}"));
        ok(coach.post(
                path + "/stages/LANGUAGE_SUPPORT/abort",
                "{\"date\": \"2026-03-01\", \"reason\": \"course cancelled\"}"));
        ok(coach.post(path + "/stages", "{\"stage\": \"JOB_PLACEMENT\", \"startDate\": \"2026-04-01\"}"));
        ok(coach.post(
                path + "/situations",
                "{\"date\": \"2026-05-02\", \"situation\": \"EMPLOYED\", \"detail\": \"warehouse, 30 h/week\"}"));
        ok(coach.post(path + "/stages", "{\"stage\": \"HOUSING_INTEGRATION\", \"startDate\": \"2026-05-05\"}"));
        ok(
                coach.as("lead")
                        .post(
                                path + "/housing",
                                "{\"date\": \"2026-05-10\", \"situation\": \"OWN_TENANCY\", \"detail\": \"flat in the district\"}"));
        ok(coach.post(path + "/exit", "{\"exitDate\": \"2026-06-30\", \"reason\": \"COMPLETED\"}"));
        var secondExit = coach.post(path + "/exit", "{\"exitDate\": \"2026-07-01\", \"reason\": \"OTHER\"}");
        assertThat(secondExit.status()).isEqualTo(409);
        assertThat(coach.post(path + "/housing", "{\"date\": \"2026-07-10\", \"situation\": \"HOMELESS\"}")
                        .status())
                .isEqualTo(409);
        ok(coach.post(
                path + "/follow-up",
                "{\"date\": \"2027-01-05\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}"));
    }

    private void correctTheIntake(String id) {
        var path = "/api/participants/" + id + "/corrections";
        ok(coach.post(
                path, "{\"field\": \"labourStatus\", \"value\": \"UNEMPLOYED\", \"reason\": \"typo at intake\"}"));
        assertThat(coach.post(path, "{\"field\": \"shoeSize\", \"value\": \"42\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(coach.post(path, "{\"field\": \"isced\", \"value\": \"9\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(400);
        await().untilAsserted(() -> {
            var view = coach.get("/api/participants/" + id).json();
            assertThat(view.get("labourStatus").asString()).isEqualTo("UNEMPLOYED");
            assertThat(view.get("followUp").get("situation").asString()).isEqualTo("EMPLOYED");
        });
        var view = coach.get("/api/participants/" + id).json();
        assertThat(view.get("firstName").asString()).isEqualTo("Elena");
        assertThat(view.get("exit").get("exitDate").asString()).isEqualTo("2026-06-30");
        assertThat(statusOf(view, "COACHING")).isEqualTo("CLOSED_AT_EXIT");
        assertThat(statusOf(view, "QUALIFICATION")).isEqualTo("COMPLETED");
        assertThat(statusOf(view, "LANGUAGE_SUPPORT")).isEqualTo("ABORTED");
        assertThat(view.get("qualifications").get(0).get("certificate").asString())
                .isEqualTo("RECOGNISED");
        assertThat(view.get("housing").get(0).get("situation").asString()).isEqualTo("OWN_TENANCY");
    }

    private void theCaseloadShowsTheRoute(String id) {
        await().untilAsserted(() -> {
            var page = coach.get("/api/caseload?status=EXITED&q=popescu").json();
            assertThat(page.get("total").asInt()).isEqualTo(1);
            var entry = page.get("items").get(0);
            assertThat(entry.get("id").asString()).isEqualTo(id);
            assertThat(entry.get("displayName").asString()).isEqualTo("Elena Popescu");
            assertThat(entry.get("exitDate").asString()).isEqualTo("2026-06-30");
            assertThat(entry.get("followUpDue").asBoolean()).isFalse();
        });
        assertThat(coach.as("coach2").get("/api/caseload").json().get("total").asInt())
                .isZero();
        assertThat(coach.get("/api/caseload?size=0").status()).isEqualTo(400);
    }

    private void theHistoryShowsEveryStepInOrder(String id) {
        var history = historyOf(id);
        // Once the exit lies more than six months back, the follow-up deadline fires at once and
        // may record FollowUpBecameDue before the follow-up; the route itself is the same.
        assertThat(history)
                .extracting(e -> e.get("type").asString())
                .filteredOn(type -> !type.equals("FollowUpBecameDue"))
                .containsExactly(
                        "ParticipantEnrolled",
                        "StageStarted",
                        "StageStarted",
                        "StageCompleted",
                        "QualificationRecorded",
                        "StageStarted",
                        "StageAborted",
                        "StageStarted",
                        "LabourMarketSituationRecorded",
                        "StageStarted",
                        "HousingSituationRecorded",
                        "ParticipantExited",
                        "FollowUpRecorded",
                        "IntakeCorrected");
        assertThat(history)
                .extracting(e -> e.get("sequence").asLong())
                .containsExactlyElementsOf(
                        LongStream.range(0, history.size()).boxed().toList());
        assertThat(history.get(0).get("recordedBy").asString()).isEqualTo("coach1");
        assertThat(ofType(history, "HousingSituationRecorded").get("recordedBy").asString())
                .isEqualTo("lead");
        assertThat(history.get(0).get("recordedAt").asString()).endsWith("Z");
        assertThat(ofType(history, "IntakeCorrected")
                        .get("payload")
                        .get("value")
                        .asString())
                .isEqualTo("UNEMPLOYED");
        assertThat(history).allSatisfy(e -> assertThat(e.get("hash").asString()).matches("[0-9a-f]{64}"));
        assertThat(coach.as("auditor")
                        .get("/api/participants/" + id + "/history")
                        .status())
                .isEqualTo(200);
        var verdict = coach.as("auditor").get("/api/audit/verify");
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        assertThat(verdict.json().get("valid").asBoolean()).isTrue();
        assertThat(verdict.json().get("eventsChecked").asLong()).isGreaterThanOrEqualTo(history.size());
        assertThat(coach.get("/api/audit/verify").status()).isEqualTo(403);
        theAuditorFindsTheStepsInTheGlobalTrail(id);
    }

    private void theAuditorFindsTheStepsInTheGlobalTrail(String id) {
        var auditor = coach.as("auditor");
        await().untilAsserted(() -> assertThat(auditor.get("/api/audit/events?size=500")
                        .json()
                        .get("total")
                        .asInt())
                .isGreaterThanOrEqualTo(14));
        var byLead = auditor.get("/api/audit/events?user=lead").json();
        assertThat(byLead.get("total").asInt()).isEqualTo(1);
        var entry = byLead.get("items").get(0);
        assertThat(entry.get("participantId").asString()).isEqualTo(id);
        assertThat(entry.get("type").asString()).isEqualTo("HousingSituationRecorded");
        assertThat(entry.get("correlationId").asString()).isNotBlank();
        assertThat(entry.get("causationId").asString()).isNotBlank();
        assertThat(entry.get("hash").asString()).matches("[0-9a-f]{64}");
        var lines = auditor.get("/api/audit/events.jsonl?type=StageStarted");
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.body().lines()).hasSize(5).allMatch(line -> line.contains("\"type\":\"StageStarted\""));
        var csv = auditor.get("/api/audit/events.csv?from=2000-01-01&to=2100-12-31");
        assertThat(csv.body().lines().findFirst())
                .hasValue(
                        "participantId,sequence,type,recordedAt,recordedBy,correlationId,causationId,hash,account,housingStream");
        assertThat(auditor.get("/api/audit/events?from=yesterday").status()).isEqualTo(400);
    }

    private List<JsonNode> historyOf(String id) {
        var response = coach.get("/api/participants/" + id + "/history");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var entries = new ArrayList<JsonNode>();
        response.json().forEach(entries::add);
        return entries;
    }

    private static JsonNode ofType(List<JsonNode> history, String type) {
        return history.stream()
                .filter(e -> e.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }

    private static String statusOf(JsonNode view, String stage) {
        for (var s : view.get("stages")) {
            if (s.get("stage").asString().equals(stage)) {
                return s.get("status").asString();
            }
        }
        throw new AssertionError("no stage " + stage + " in " + view);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    private static String elena(String id) {
        var intake = JourneyData.intake("Elena", "Popescu");
        return id == null ? intake : intake.replaceFirst("\\{", "{\"id\": \"" + id + "\",");
    }
}
