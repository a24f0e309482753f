package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Support beyond the stages over HTTP ({@code support.md}): a team lead lists a provider, a coach
 * refers a participant to it and to a provider the directory does not know, closes referrals,
 * records mobility support and a language course, before and after the exit. Every refusal the
 * contract names is tried on the way and checked to leave the stored history untouched; the view,
 * the history, the audit trail and the pseudonymised export show what was recorded.
 */
@LotseApplicationTest
class SupportJourneyTest {

    private static final String HEALTH_OFFICE = "Gesundheitsamt Lünen";

    @Value("${local.server.port}")
    int port;

    Api coach;
    Api lead;

    @BeforeEach
    void connect() {
        coach = api("coach1");
        lead = api("lead");
    }

    @Test
    void refersRecordsMobilityAndClosesReferralsAroundTheExit() {
        var provider = aTeamLeadListsAHealthOffice();
        var id = enrol();
        var path = "/api/participants/" + id;
        var referral = referTo(path, HEALTH_OFFICE.toUpperCase(java.util.Locale.ROOT), "2026-02-01");
        var unlisted = referTo(path, "Praxis Dr. Ionescu", "2026-02-03");
        refusedReferralsStoreNothing(id, path, referral);
        closeTheFirstReferral(path, referral);
        recordMobilityAndAQualification(path);
        afterTheExit(id, path, unlisted);
        theViewShowsReferralsMobilityAndKinds(path);
        theHistoryAndTheTrailShowEveryFact(id, provider);
        theExportShowsKindsAndAreasOnly();
        nothingAfterTheErasure(path);
    }

    private String aTeamLeadListsAHealthOffice() {
        var body = """
                {"name": "%s", "areas": ["HEALTH", "ADDICTION"], "address": "Marktplatz 1, 44532 Lünen",
                 "languages": ["de", "ro", "bg"]}""".formatted(HEALTH_OFFICE);
        var listed = lead.post("/api/providers", body);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        var again = api("admin").post("/api/providers", body.replace(HEALTH_OFFICE, "  gesundheitsamt  lünen "));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:lotse:problem:provider-name-taken");
        var noArea = lead.post("/api/providers", body.replace("\"HEALTH\", \"ADDICTION\"", ""));
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(noArea.json().get("errors").toString()).contains("areas");
        assertThat(coach.post("/api/providers", body.replace(HEALTH_OFFICE, "Anything"))
                        .status())
                .isEqualTo(403);
        await().untilAsserted(() ->
                assertThat(coach.get("/api/providers?area=ADDICTION").body()).contains(HEALTH_OFFICE));
        assertThat(coach.get("/api/providers?area=CHILDCARE").body()).doesNotContain(HEALTH_OFFICE);
        assertThat(coach.get("/api/providers?area=KNITTING").status()).isEqualTo(400);
        return listed.json().get("id").asString();
    }

    private String enrol() {
        var enrolled = coach.post("/api/participants", JourneyData.intake("Viorica", "Stanciu"));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        // A coach's reads check the caseload in the participant view, which follows the event shortly.
        await().untilAsserted(() ->
                assertThat(coach.get("/api/participants/" + id).status()).isEqualTo(200));
        return id;
    }

    private String referTo(String path, String provider, String date) {
        var referred = coach.post(path + "/referrals", """
                {"date": "%s", "area": "HEALTH", "provider": "%s", "note": "needs a GP", "consentGiven": true}""".formatted(date, provider));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().get("id").asString();
    }

    private void refusedReferralsStoreNothing(String id, String path, String referral) {
        var before = historyOf(id).size();
        var body = """
                {"date": "2026-02-01", "area": "DEBT", "provider": "Schuldnerberatung", "consentGiven": true}""";
        var noConsent = coach.post(path + "/referrals", body.replace("true", "false"));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("errors").toString()).contains("consentGiven");
        var beforeEntry = coach.post(path + "/referrals", body.replace("2026-02-01", "2026-01-14"));
        assertThat(beforeEntry.status()).isEqualTo(409);
        assertThat(beforeEntry.json().get("rule").asString()).isEqualTo("DATE_BEFORE_ENTRY");
        assertThat(api("coach2").post(path + "/referrals", body).status()).isEqualTo(403);
        assertThat(api("auditor").post(path + "/referrals", body).status()).isEqualTo(403);
        assertThat(coach.post("/api/participants/7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6/referrals", body)
                        .status())
                .isEqualTo(404);
        var close = path + "/referrals/" + referral + "/close";
        var unknown = coach.post(
                path + "/referrals/7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6/close",
                "{\"date\": \"2026-03-01\", \"outcome\": \"RESOLVED\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:lotse:problem:unknown-referral");
        var early = coach.post(close, "{\"date\": \"2026-01-31\", \"outcome\": \"RESOLVED\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).isEqualTo("urn:lotse:rule:date-before-referral");
        var noReason = coach.post(close, "{\"date\": \"2026-03-01\", \"outcome\": \"NOT_RESOLVED\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason");
        var badOutcome = coach.post(close, "{\"date\": \"2026-03-01\", \"outcome\": \"SOLVED\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(historyOf(id)).hasSize(before);
    }

    private void closeTheFirstReferral(String path, String referral) {
        var close = path + "/referrals/" + referral + "/close";
        assertThat(coach.post(close, "{\"date\": \"2026-02-20\", \"outcome\": \"RESOLVED\"}")
                        .status())
                .isEqualTo(204);
        var again = coach.post(close, "{\"date\": \"2026-02-21\", \"outcome\": \"WITHDRAWN\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:lotse:rule:referral-closed");
    }

    private void recordMobilityAndAQualification(String path) {
        assertThat(coach.post(path + "/mobility", """
                                {"date": "2026-03-01", "kind": "TRAVEL_COSTS", "region": "Münsterland",
                                 "amountEur": 120.00, "note": "interview"}""").status()).isEqualTo(204);
        var negative =
                coach.post(path + "/mobility", "{\"date\": \"2026-03-01\", \"kind\": \"TICKET\", \"amountEur\": -1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(coach.post(path + "/qualifications", """
                                {"date": "2026-04-01", "title": "Romanian-German B1", "certificate": "RECOGNISED",
                                 "kind": "LANGUAGE"}""").status()).isEqualTo(204);
    }

    private void afterTheExit(String id, String path, String unlisted) {
        assertThat(coach.post(path + "/exit", "{\"exitDate\": \"2026-06-30\", \"reason\": \"MOVED_AWAY\"}")
                        .status())
                .isEqualTo(204);
        var before = historyOf(id).size();
        var relocation = coach.post(path + "/mobility", "{\"date\": \"2026-07-01\", \"kind\": \"RELOCATION\"}");
        assertThat(relocation.status()).isEqualTo(409);
        assertThat(relocation.json().get("type").asString()).isEqualTo("urn:lotse:rule:mobility-after-exit");
        assertThat(historyOf(id)).hasSize(before);
        assertThat(coach.post(
                                path + "/mobility",
                                "{\"date\": \"2026-07-01\", \"kind\": \"JOB_IN_OTHER_REGION\", \"region\": \"Bremen\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(
                                path + "/referrals/" + unlisted + "/close",
                                "{\"date\": \"2026-07-02\", \"outcome\": \"NOT_RESOLVED\", \"reason\": \"moved away\"}")
                        .status())
                .isEqualTo(204);
        referTo(path, "Jobcenter Bremen", "2026-07-03");
    }

    private void theViewShowsReferralsMobilityAndKinds(String path) {
        await().untilAsserted(() ->
                assertThat(coach.get(path).json().get("referrals")).hasSize(3));
        var view = coach.get(path).json();
        var referrals = view.get("referrals");
        assertThat(referrals.get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(referrals.get(0).get("outcome").asString()).isEqualTo("RESOLVED");
        assertThat(referrals.get(0).get("closedOn").asString()).isEqualTo("2026-02-20");
        assertThat(referrals.get(0).get("inDirectory").asBoolean()).isTrue();
        assertThat(referrals.get(1).get("provider").asString()).isEqualTo("Praxis Dr. Ionescu");
        assertThat(referrals.get(1).get("inDirectory").asBoolean()).isFalse();
        assertThat(referrals.get(1).get("outcome").asString()).isEqualTo("NOT_RESOLVED");
        assertThat(referrals.get(2).get("status").asString()).isEqualTo("OPEN");
        assertThat(referrals.get(2).get("outcome").isNull()).isTrue();
        var mobility = view.get("mobility");
        assertThat(mobility).hasSize(2);
        assertThat(mobility.get(0).get("amountEur").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(mobility.get(1).get("kind").asString()).isEqualTo("JOB_IN_OTHER_REGION");
        assertThat(view.get("qualifications").get(0).get("kind").asString()).isEqualTo("LANGUAGE");
    }

    private void theHistoryAndTheTrailShowEveryFact(String id, String provider) {
        assertThat(historyOf(id))
                .extracting(entry -> entry.get("type").asString())
                .contains("ReferralMade", "ReferralClosed", "MobilitySupportRecorded");
        var auditor = api("auditor");
        await().untilAsserted(() -> assertThat(auditor.get("/api/audit/events?type=ProviderListed&size=500")
                        .body())
                .contains(provider));
        await().untilAsserted(() -> assertThat(auditor.get("/api/audit/events?type=ReferralClosed&size=500")
                        .body())
                .contains(id));
        assertThat(auditor.get("/api/audit/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    private void theExportShowsKindsAndAreasOnly() {
        var evaluator = api("evaluator");
        await().untilAsserted(() -> assertThat(
                        evaluator.get("/api/exports/participants.csv").body())
                .contains("2026-04-01:LANGUAGE", "2026-07-01:JOB_IN_OTHER_REGION", "2026-02-03:HEALTH"));
        assertThat(evaluator.get("/api/exports/participants.csv").body())
                .doesNotContain(
                        HEALTH_OFFICE, "Praxis Dr. Ionescu", "needs a GP", "moved away", "Münsterland", "Bremen");
    }

    private void nothingAfterTheErasure(String path) {
        assertThat(api("admin")
                        .post(path + "/erasure", "{\"reason\": \"request\", \"overrideRetention\": true}")
                        .status())
                .isEqualTo(204);
        var afterErasure = lead.post(
                path + "/referrals",
                "{\"date\": \"2026-08-01\", \"area\": \"LEGAL\", \"provider\": \"Anwalt\", \"consentGiven\": true}");
        assertThat(afterErasure.status()).isEqualTo(409);
        assertThat(afterErasure.json().get("rule").asString()).isEqualTo("ALREADY_ERASED");
        await().untilAsserted(() -> assertThat(coach.get(path)
                        .json()
                        .get("referrals")
                        .get(1)
                        .get("reason")
                        .asString())
                .isEqualTo("[erased]"));
    }

    private List<JsonNode> historyOf(String id) {
        var response = coach.get("/api/participants/" + id + "/history");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var entries = new ArrayList<JsonNode>();
        response.json().forEach(entries::add);
        return entries;
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
