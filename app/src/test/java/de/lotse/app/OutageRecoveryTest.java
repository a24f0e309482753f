package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lotse while its PostgreSQL is down: the application runs against a database of this test's own,
 * which the test stops and starts again on the same port and data directory. Meanwhile every
 * request is told within seconds that the service is unavailable, and afterwards everything that
 * was acknowledged before is still there, without restarting the application.
 */
class OutageRecoveryTest {

    private static final String PASSWORD = "outage-secret";
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final int port = LotseProcess.freePort();
    private EmbeddedPostgres postgres;

    @AfterEach
    void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void answersUnavailableDuringAnOutageAndKeepsEveryAcknowledgedIntake() throws IOException {
        postgres = startDatabase();
        try (var lotse = startLotse()) {
            var coach = coachOf(lotse);
            var acknowledged = new ArrayList<>(enrol(coach, "Before", 3));

            postgres.close();
            anIntakeIsUnavailable(coach);
            aReadIsUnavailable(coach);
            healthIsDown(coach);

            postgres = startDatabase();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(coach.get("/actuator/health").statusCode())
                                    .isEqualTo(200));
            acknowledged.addAll(enrol(coach, "After", 2));
            everyAcknowledgedIntakeIsThere(coach, acknowledged);
        }
    }

    private static List<String> enrol(Calls coach, String lastName, int count) {
        var ids = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            var response = coach.post("/api/participants", JourneyData.intake("Nora" + i, lastName));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            ids.add(JSON.readTree(response.body()).get("id").asString());
        }
        return ids;
    }

    private static void anIntakeIsUnavailable(Calls coach) {
        var response = timed(() -> coach.post("/api/participants", JourneyData.intake("Ada", "During")));
        assertUnavailable(response);
    }

    private static void aReadIsUnavailable(Calls coach) {
        assertUnavailable(timed(() -> coach.get("/api/caseload")));
    }

    private static void healthIsDown(Calls coach) {
        var health = timed(() -> coach.get("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("DOWN");
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("urn:lotse:problem:unavailable");
    }

    /**
     * A read model that failed during the outage retries with a growing pause (at most a minute),
     * so each catches up on its own time after the database returns; none needs a restart.
     */
    private static void everyAcknowledgedIntakeIsThere(Calls coach, List<String> acknowledged) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (var id : acknowledged) {
                assertThat(coach.get("/api/participants/" + id).statusCode()).isEqualTo(200);
            }
            var caseload = JSON.readTree(coach.get("/api/caseload?size=200").body());
            assertThat(caseload.get("total").asInt()).isEqualTo(acknowledged.size());
        });
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> call) {
        var started = System.nanoTime();
        var response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        return response;
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start();
    }

    private ConfigurableApplicationContext startLotse() {
        return new SpringApplicationBuilder(LotseApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--lotse.data-dir=" + dataDir,
                        "--lotse.demo-password=" + PASSWORD);
    }

    private static Calls coachOf(ConfigurableApplicationContext lotse) {
        var port = ((WebServerApplicationContext) lotse).getWebServer().getPort();
        return new Calls("http://localhost:" + port, "coach1", PASSWORD);
    }
}
