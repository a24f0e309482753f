package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * The contract's role table, endpoint family by endpoint family and method by method, for every
 * role: a refused request is a 403 problem, an allowed one is never a 401 or 403, and a request
 * without credentials is a 401. Evaluators above all must never reach names: participants,
 * caseload and histories are closed to them, with GET and HEAD alike.
 */
@LotseApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    private static final String COACH1 = "coach1";
    private static final String COACH2 = "coach2";
    private static final String LEAD = "lead";
    private static final String EVALUATOR = "evaluator";
    private static final String AUDITOR = "auditor";
    private static final String HOUSING = "housing";
    private static final String ADMIN = "admin";
    private static final String[] EVERYONE = {COACH1, COACH2, LEAD, EVALUATOR, AUDITOR, HOUSING, ADMIN};
    private static final String[] HOUSING_READERS = {COACH1, COACH2, LEAD, AUDITOR, HOUSING, ADMIN};
    /** An id no housing record has: a permitted command on it answers 400 or 404, never 401 or 403. */
    private static final String NO_SUCH = "3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f";

    @Value("${local.server.port}")
    int port;

    private String participant;

    @BeforeAll
    void enrolOneParticipantOfCoach1() {
        var response = api(COACH1).post("/api/participants", JourneyData.intake("Mira", "Weiss"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        participant = response.json().get("id").asString();
        await().untilAsserted(() -> assertThat(
                        api(ADMIN).get("/api/participants/" + participant).status())
                .isEqualTo(200));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // reads of participants: own caseload for coaches, all for lead/auditor/admin, never evaluators
                row("GET", "/api/participants/{id}", null, COACH1, LEAD, AUDITOR, ADMIN),
                row("GET", "/api/participants/{id}/history", null, COACH1, LEAD, AUDITOR, ADMIN),
                row("GET", "/api/caseload", null, COACH1, COACH2, LEAD, AUDITOR, ADMIN),
                // commands: coaches on their own caseload, lead and admin everywhere, never auditors/evaluators
                row(
                        "POST",
                        "/api/participants/{id}/situations",
                        "{\"date\": \"2026-02-01\", \"situation\": \"JOB_SEARCHING\"}",
                        COACH1,
                        LEAD,
                        ADMIN),
                row("POST", "/api/participants/{id}/coach", "{\"coach\": \"coach1\"}", LEAD, ADMIN),
                row(
                        "POST",
                        "/api/participants/{id}/erasure",
                        "{\"reason\": \"matrix\", \"overrideRetention\": false}",
                        ADMIN),
                // funder statistics and exports
                row("GET", "/api/reports/esf", null, EVALUATOR, AUDITOR, LEAD, ADMIN),
                row("GET", "/api/reports/esf.csv", null, EVALUATOR, AUDITOR, LEAD, ADMIN),
                row("GET", "/api/exports/participants.csv", null, EVALUATOR, ADMIN),
                // audit
                row("GET", "/api/audit/events", null, AUDITOR, ADMIN),
                row("GET", "/api/audit/events.jsonl", null, AUDITOR, ADMIN),
                row("GET", "/api/audit/verify", null, AUDITOR, ADMIN),
                // operations
                row("GET", "/api/admin/projections", null, EVALUATOR, ADMIN),
                row("POST", "/api/admin/projections/no-such-projection/replay", "{}", ADMIN),
                row("GET", "/actuator/prometheus", null, ADMIN),
                // accounts: administrators only; the own account for everyone
                row("GET", "/api/admin/accounts", null, ADMIN),
                row("GET", "/api/admin/accounts/coach1", null, ADMIN),
                row("POST", "/api/admin/accounts", "{\"username\": \"x\"}", ADMIN),
                row("PUT", "/api/admin/accounts/coach2/roles", "{\"roles\": [\"COACH\"]}", ADMIN),
                row("POST", "/api/admin/accounts/nobody/enable", null, ADMIN),
                row("POST", "/api/admin/accounts/nobody/password-reset", null, ADMIN),
                row("GET", "/api/me", null, EVERYONE),
                row("GET", "/api/me/tokens", null, EVERYONE),
                row("POST", "/api/me/tokens", "{\"name\": \"\"}", EVERYONE),
                row("DELETE", "/api/me/tokens/7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6", null, EVERYONE),
                // printable forms: the blank questionnaire for everyone, a filled one read like the participant
                row("GET", "/api/forms/intake.pdf?lang=ro", null, EVERYONE),
                row("HEAD", "/api/forms/intake.pdf", null, EVERYONE),
                row("GET", "/api/participants/{id}/intake.pdf?lang=bg", null, COACH1, LEAD, AUDITOR, ADMIN),
                row("HEAD", "/api/participants/{id}/intake.pdf", null, COACH1, LEAD, AUDITOR, ADMIN),
                // housing commands: housing officers, team leads and administrators; coaches offer and check
                row("POST", "/api/housing/properties", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/properties/" + NO_SUCH + "/units", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/properties/" + NO_SUCH + "/renovations", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/renovations/" + NO_SUCH + "/workers", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/renovations/" + NO_SUCH + "/complete", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/units/" + NO_SUCH + "/occupancy-rights", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/units/" + NO_SUCH + "/vacancies", "{}", HOUSING, LEAD, ADMIN),
                row(
                        "POST",
                        "/api/housing/vacancies/" + NO_SUCH + "/offers",
                        "{}",
                        COACH1,
                        COACH2,
                        HOUSING,
                        LEAD,
                        ADMIN),
                row("POST", "/api/housing/offers/" + NO_SUCH + "/accept", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/offers/" + NO_SUCH + "/decline", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/offers/" + NO_SUCH + "/tenancy", "{}", HOUSING, LEAD, ADMIN),
                row("POST", "/api/housing/tenancies/" + NO_SUCH + "/move-in", "{}", HOUSING, LEAD, ADMIN),
                row(
                        "POST",
                        "/api/housing/tenancies/" + NO_SUCH + "/checks",
                        "{}",
                        COACH1,
                        COACH2,
                        HOUSING,
                        LEAD,
                        ADMIN),
                row("POST", "/api/housing/tenancies/" + NO_SUCH + "/end", "{}", HOUSING, LEAD, ADMIN),
                // every method is covered: HEAD as GET, anything not listed refused for everyone
                row("HEAD", "/api/caseload", null, COACH1, COACH2, LEAD, AUDITOR, ADMIN),
                row("HEAD", "/api/participants/{id}", null, COACH1, LEAD, AUDITOR, ADMIN),
                row("HEAD", "/api/reports/esf", null, EVALUATOR, AUDITOR, LEAD, ADMIN),
                row("HEAD", "/api/audit/events", null, AUDITOR, ADMIN),
                row("PUT", "/api/participants/{id}", "{}"),
                row("DELETE", "/api/participants/{id}", null),
                row("PATCH", "/api/caseload", "{}"),
                row("DELETE", "/api/admin/accounts/coach1", null),
                row("OPTIONS", "/api/reports/esf", null),
                // support beyond the stages: referrals and mobility like every command, the directory
                row(
                        "POST",
                        "/api/participants/{id}/referrals",
                        "{\"date\": \"2026-02-01\", \"area\": \"HEALTH\", \"provider\": \"Matrix\","
                                + " \"consentGiven\": true}",
                        COACH1,
                        LEAD,
                        ADMIN),
                row(
                        "POST",
                        "/api/participants/{id}/referrals/7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6/close",
                        "{\"date\": \"2026-02-01\", \"outcome\": \"RESOLVED\"}",
                        COACH1,
                        LEAD,
                        ADMIN),
                row(
                        "POST",
                        "/api/participants/{id}/mobility",
                        "{\"date\": \"2026-02-01\", \"kind\": \"TICKET\"}",
                        COACH1,
                        LEAD,
                        ADMIN),
                row("GET", "/api/providers", null, COACH1, COACH2, LEAD, AUDITOR, ADMIN),
                row("POST", "/api/providers", "{\"name\": \"\"}", LEAD, ADMIN),
                // the worklist (own participants for coaches) and the pathway analytics
                row("GET", "/api/worklist", null, COACH1, COACH2, LEAD, ADMIN),
                row("HEAD", "/api/worklist", null, COACH1, COACH2, LEAD, ADMIN),
                row("GET", "/api/reports/pathways", null, EVALUATOR, AUDITOR, LEAD, ADMIN),
                // parked events: administrators only
                row("GET", "/api/admin/parked-events", null, ADMIN),
                row("POST", "/api/admin/parked-events/caseload/{id}/retry", null, ADMIN),
                row("DELETE", "/api/admin/parked-events/caseload/{id}", null, ADMIN),
                // housing reads: units and rights for everyone working with housing, coaches included; the unit's
                // history for auditors and housing officers; the report for evaluators too, and never a name in it
                row("GET", "/api/housing/units?status=VACANT", null, HOUSING_READERS),
                row("GET", "/api/housing/units/" + NO_SUCH, null, HOUSING_READERS),
                row("GET", "/api/housing/units/" + NO_SUCH + "/history", null, AUDITOR, HOUSING, ADMIN),
                row("GET", "/api/housing/occupancy-rights?expiringWithinDays=90", null, HOUSING_READERS),
                row("GET", "/api/housing/properties", null, HOUSING_READERS),
                row("GET", "/api/housing/renovations", null, HOUSING_READERS),
                row("GET", "/api/housing/renovations/" + NO_SUCH, null, HOUSING_READERS),
                row("GET", "/api/reports/housing", null, EVALUATOR, AUDITOR, LEAD, HOUSING, ADMIN),
                row("HEAD", "/api/housing/units", null, HOUSING_READERS),
                row("HEAD", "/api/reports/housing", null, EVALUATOR, AUDITOR, LEAD, HOUSING, ADMIN));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void enforcesTheRoleTable(String method, String path, String body, java.util.Set<String> allowed) {
        for (var user : EVERYONE) {
            var url = path.replace("{id}", participant);
            var response = api(user).send(method, url, body);
            if (allowed.contains(user)) {
                assertThat(response.status())
                        .as(user + " " + method + " " + url + ": " + response)
                        .isNotIn(401, 403);
            } else {
                assertThat(response.status())
                        .as(user + " " + method + " " + url + ": " + response)
                        .isEqualTo(403);
                if (!"HEAD".equals(method)) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(api(COACH1)
                        .anonymous()
                        .send(method, path.replace("{id}", participant), body)
                        .status())
                .isEqualTo(401);
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }

    private static Arguments row(String method, String path, String body, String... allowed) {
        return Arguments.of(method, path, body, java.util.Set.of(allowed));
    }
}
