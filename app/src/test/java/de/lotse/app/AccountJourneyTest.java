package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * People and sign-in over HTTP, as a programme starts to use Lotse: an administrator opens an
 * account for a new coach, the coach must change the one-time password before anything else,
 * enrols a participant, scripts with an API token, and is shut out at once when disabled; the
 * audit trail names who did each step. Also the guards: taken and invalid user names, the last
 * administrator, and the pause after repeated wrong passwords.
 */
@LotseApplicationTest
class AccountJourneyTest {

    private static final String NEW_PASSWORD = "Wegweiser am Hafen 2026";

    @Value("${local.server.port}")
    int port;

    @Test
    void aNewCoachFromAccountToEnrolmentToDisabling() {
        var admin = api("admin");

        // 1. The administrator opens the account; the one-time password is shown once.
        var opened = admin.post(
                "/api/admin/accounts",
                "{\"username\": \"nadia.k\", \"displayName\": \"Nadia Kovač\", \"roles\": [\"COACH\"]}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.location()).endsWith("/api/admin/accounts/nadia.k");
        var oneTimePassword = opened.json().get("oneTimePassword").asString();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        assertThat(admin.get("/api/admin/accounts/nadia.k").json().get("roles").toString())
                .isEqualTo("[\"COACH\"]");

        // 2. With the one-time password only "who am I" and the password change are open.
        var firstSignIn = api("nadia.k", oneTimePassword);
        assertThat(firstSignIn.get("/api/me").json().get("mustChangePassword").asBoolean())
                .isTrue();
        var held = firstSignIn.get("/api/caseload");
        assertThat(held.status()).isEqualTo(403);
        assertThat(held.json().get("type").asString()).isEqualTo("urn:lotse:problem:password-change-required");

        // 3. The new password must be long, not common, and proven by the current one.
        var weak = firstSignIn.post(
                "/api/me/password",
                "{\"currentPassword\": \"" + oneTimePassword + "\", \"newPassword\": \"password123\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        var wrongCurrent = firstSignIn.post(
                "/api/me/password",
                "{\"currentPassword\": \"not it at all\", \"newPassword\": \"" + NEW_PASSWORD + "\"}");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().get("errors").get(0).get("field").asString())
                .isEqualTo("currentPassword");
        assertThat(firstSignIn
                        .post(
                                "/api/me/password",
                                "{\"currentPassword\": \"" + oneTimePassword + "\", \"newPassword\": \"" + NEW_PASSWORD
                                        + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(firstSignIn.get("/api/me").status()).isEqualTo(401);

        // 4. The coach enrols a participant into the own caseload; only accounts can be coaches.
        var nadia = api("nadia.k", NEW_PASSWORD);
        var enrolled = nadia.post(
                "/api/participants", JourneyData.intake("Ioana", "Marin").replace("coach1", "nadia.k"));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var notACoach = api("lead")
                .post("/api/participants", JourneyData.intake("Radu", "Ilie").replace("coach1", "evaluator"));
        assertThat(notACoach.status()).isEqualTo(400);
        assertThat(notACoach.json().get("errors").get(0).get("field").asString())
                .isEqualTo("coach");

        // 5. The audit trail names who opened the account and who enrolled whom.
        await().untilAsserted(() -> {
            var opening = api("auditor").get("/api/audit/events?type=AccountOpened&user=admin");
            assertThat(opening.json().get("items").toString()).contains("\"account\":\"nadia.k\"");
            var enrolment = api("auditor").get("/api/audit/events?type=ParticipantEnrolled&user=nadia.k");
            assertThat(enrolment.json().get("total").asLong()).isEqualTo(1);
        });
        assertThat(api("auditor").get("/api/audit/verify").json().get("valid").asBoolean())
                .isTrue();

        // 6. A script works with a token, which only a hash of is kept; revoked, it is refused.
        var issued = nadia.post("/api/me/tokens", "{\"name\": \"monthly-export\", \"expiresInDays\": 90}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var token = issued.json().get("token").asString();
        var script = nadia.withToken(token);
        await().untilAsserted(() -> assertThat(
                        script.get("/api/caseload").json().get("total").asLong())
                .isEqualTo(1));
        assertThat(nadia.get("/api/me/tokens").json().get(0).get("lastUsedAt").isNull())
                .isFalse();
        assertThat(nadia.delete("/api/me/tokens/" + issued.json().get("id").asString())
                        .status())
                .isEqualTo(204);
        assertThat(script.get("/api/caseload").status()).isEqualTo(401);
        assertThat(nadia.withToken("lotse_not-a-token").get("/api/caseload").status())
                .isEqualTo(401);

        // 7. Disabled, the coach and every token of theirs are refused at once.
        var secondToken = nadia.post("/api/me/tokens", "{\"name\": \"backup\", \"expiresInDays\": 1}")
                .json()
                .get("token")
                .asString();
        assertThat(admin.post("/api/admin/accounts/nadia.k/disable", null).status())
                .isEqualTo(204);
        assertThat(nadia.get("/api/caseload").status()).isEqualTo(401);
        assertThat(nadia.withToken(secondToken).get("/api/caseload").status()).isEqualTo(401);
        assertThat(api("lead")
                        .get("/api/caseload?coach=nadia.k")
                        .json()
                        .get("total")
                        .asLong())
                .as("a disabled coach keeps their participants")
                .isEqualTo(1);
    }

    @Test
    void guardsUserNamesRolesAndTheLastAdministrator() {
        var admin = api("admin");
        assertThat(admin.post(
                                "/api/admin/accounts",
                                "{\"username\": \"coach1\", \"displayName\": \"Again\", \"roles\": [\"COACH\"]}")
                        .json()
                        .get("type")
                        .asString())
                .isEqualTo("urn:lotse:problem:username-taken");
        for (var invalid : new String[] {
            "{\"username\": \"Ünicode\", \"displayName\": \"X\", \"roles\": [\"COACH\"]}",
            "{\"username\": \"valid.name\", \"displayName\": \" \", \"roles\": [\"COACH\"]}",
            "{\"username\": \"valid.name\", \"displayName\": \"X\", \"roles\": []}",
            "{\"username\": \"valid.name\", \"displayName\": \"X\", \"roles\": [\"PILOT\"]}"
        }) {
            assertThat(admin.post("/api/admin/accounts", invalid).status())
                    .as(invalid)
                    .isEqualTo(400);
        }
        assertThat(admin.get("/api/admin/accounts/nobody").status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/accounts/nobody/disable", null).status())
                .isEqualTo(404);

        var lastAdmin = admin.post("/api/admin/accounts/admin/disable", null);
        assertThat(lastAdmin.status()).isEqualTo(409);
        assertThat(lastAdmin.json().get("type").asString()).isEqualTo("urn:lotse:problem:last-admin");
        assertThat(admin.put("/api/admin/accounts/admin/roles", "{\"roles\": [\"AUDITOR\"]}")
                        .status())
                .isEqualTo(409);

        // Roles change at once: the auditor made administrator lists accounts from the next request on.
        assertThat(admin.put("/api/admin/accounts/auditor/roles", "{\"roles\": [\"AUDITOR\", \"ADMIN\"]}")
                        .status())
                .isEqualTo(204);
        assertThat(api("auditor").get("/api/admin/accounts").status()).isEqualTo(200);
        assertThat(admin.post("/api/admin/accounts/admin/disable", null).status())
                .as("another administrator remains now")
                .isEqualTo(204);
        assertThat(admin.get("/api/me").status()).isEqualTo(401);
        assertThat(api("auditor").post("/api/admin/accounts/admin/enable", null).status())
                .isEqualTo(204);
        assertThat(admin.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void pausesAUserNameAfterFiveWrongPasswordsEvenForTheRightOne() {
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 6; i++) {
            statuses.add(api("evaluator", "wrong password " + i).get("/api/me").status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        var blocked = api("evaluator").get("/api/me");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(api("coach2").get("/api/me").status())
                .as("other user names go on")
                .isEqualTo(200);
    }

    private Api api(String user) {
        return api(user, TestEnvironment.PASSWORD);
    }

    private Api api(String user, String password) {
        return new Api("http://localhost:" + port, user, password);
    }
}
