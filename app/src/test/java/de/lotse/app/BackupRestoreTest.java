package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's backup and restore, end to end: Lotse runs on one database, participants walk a
 * route and one of them is erased; the database is dumped and restored into a new one, and Lotse
 * started on that with the same secrets shows the same ESF+ report, a valid chain, the erased
 * person still erased, the others readable, and read models equal to what they were and to a
 * rebuild from the restored events.
 */
class BackupRestoreTest {

    private static final String REPORT = "/api/reports/esf?asOf=2099-01-01T00:00:00Z";

    @TempDir
    Path backups;

    @Test
    void restoresADumpWithTheSecretsIntoANewDatabase() throws Exception {
        var original = TestDatabase.freshUrl();
        Map<String, String> people;
        Snapshot before;
        try (var lotse = start(original)) {
            var coach = api(lotse, "coach1");
            people = Map.of(
                    "Haddad", enrolWithRoute(coach, "Amira", "Haddad"),
                    "Nowak", enrolWithRoute(coach, "Tomasz", "Nowak"),
                    "Brandt", enrolWithRoute(coach, "Lea", "Brandt"));
            erase(api(lotse, "admin"), people.get("Brandt"));
            ReadModels.awaitCaughtUp(api(lotse, "admin"));
            before = Snapshot.of(lotse, people.values());
        }
        assertThat(before.chainVerdict()).contains("\"valid\":true");
        assertThat(before.esfReport()).contains("\"code\":\"EECR04\"");
        assertThat(before.caseload()).contains("\"total\":3", "Haddad", "Nowak");

        var restored = new DatabaseCopy().copy(original, backups);

        try (var lotse = start(restored)) {
            var coach = api(lotse, "coach1");
            assertThat(Snapshot.of(lotse, people.values())).isEqualTo(before);
            assertThat(lastName(coach, people.get("Brandt"))).isEqualTo("[erased]");
            assertThat(lastName(coach, people.get("Haddad"))).isEqualTo("Haddad");
            assertThat(lastName(coach, people.get("Nowak"))).isEqualTo("Nowak");

            ReadModels.rebuild(api(lotse, "admin"));
            assertThat(Snapshot.of(lotse, people.values())).isEqualTo(before);
        }
    }

    /** What the restore must bring back unchanged, each as the API answers it. */
    private record Snapshot(String esfReport, String chainVerdict, String caseload, Map<String, String> views) {

        static Snapshot of(ConfigurableApplicationContext lotse, Iterable<String> participants) {
            var coach = api(lotse, "coach1");
            var views = new LinkedHashMap<String, String>();
            participants.forEach(
                    id -> views.put(id, coach.get("/api/participants/" + id).body()));
            return new Snapshot(
                    api(lotse, "evaluator").get(REPORT).body(),
                    api(lotse, "auditor").get("/api/audit/verify").body(),
                    coach.get("/api/caseload?size=50").body(),
                    views);
        }
    }

    private static String enrolWithRoute(Api coach, String firstName, String lastName) {
        var enrolled = coach.post("/api/participants", JourneyData.intake(firstName, lastName));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var path = "/api/participants/" + enrolled.json().get("id").asString();
        assertThat(coach.post(path + "/stages", "{\"stage\": \"COACHING\", \"startDate\": \"2026-02-01\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(path + "/situations", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}")
                        .status())
                .isEqualTo(204);
        assertThat(coach.post(path + "/exit", "{\"exitDate\": \"2026-03-15\", \"reason\": \"COMPLETED\"}")
                        .status())
                .isEqualTo(204);
        // The exit's deadline lies in the past and fires at once; the follow-up settles it before the dump.
        assertThat(coach.post(
                                path + "/follow-up",
                                "{\"date\": \"2026-09-20\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}")
                        .status())
                .isEqualTo(204);
        return enrolled.json().get("id").asString();
    }

    private static void erase(Api admin, String id) {
        var erased = admin.post("/api/participants/" + id + "/erasure", "{\"reason\": \"request of the participant\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
    }

    private static String lastName(Api coach, String id) {
        return coach.get("/api/participants/" + id).json().get("lastName").asString();
    }

    private ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(LotseApplication.class)
                .initializers(new TestEnvironment(databaseUrl))
                .run("--server.port=0", "--lotse.data-dir=" + backups.resolve("data"));
    }

    private static Api api(ConfigurableApplicationContext lotse, String user) {
        var port = ((WebServerApplicationContext) lotse).getWebServer().getPort();
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
