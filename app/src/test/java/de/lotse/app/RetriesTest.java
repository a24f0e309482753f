package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.platform.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that did not hear the answer sends its request again with the same
 * {@code Idempotency-Key}: it gets the first answer again and nothing is stored twice, however
 * often and however fast it repeats. Another request under the same key is refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lotse.demo-password=retries-secret",
            "lotse.intake.hash-secret=retries-hash-secret",
            "lotse.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "lotse.export.pseudonym-secret=retries-pseudonym-secret"
        })
class RetriesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SITUATION =
            "{\"date\": \"2026-05-02\", \"situation\": \"EMPLOYED\", \"detail\": \"30 h\"}";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::freshUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Calls coach;

    @BeforeEach
    void connect() {
        coach = calls("coach1");
    }

    @Test
    void answersARetriedIntakeLikeTheFirstAndEnrolsOnce() {
        var key = newKey();
        var first = coach.post("/api/participants", JourneyData.intake("Lina", "Roth"), "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var stored = storedEvents();

        var retry = coach.post("/api/participants", JourneyData.intake("Lina", "Roth"), "Idempotency-Key", key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void recordsARetriedSituationOnce() {
        var id = enrolWithCoaching("Tarik", "Yilmaz");
        var key = newKey();

        var first = coach.post(situationsOf(id), SITUATION, "Idempotency-Key", key);
        var retry = coach.post(situationsOf(id), SITUATION, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
        assertThat(retry.statusCode()).isEqualTo(204);
        assertThat(typesIn(historyOf(id))).containsOnlyOnce("LabourMarketSituationRecorded");
    }

    @Test
    void refusesTheSameKeyWithAnotherBodyAndStoresNothing() {
        var id = enrolWithCoaching("Mia", "Kowalski");
        var key = newKey();
        assertThat(coach.post(situationsOf(id), SITUATION, "Idempotency-Key", key)
                        .statusCode())
                .isEqualTo(204);
        var stored = storedEvents();

        var reused = coach.post(situationsOf(id), SITUATION.replace("EMPLOYED", "INACTIVE"), "Idempotency-Key", key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(reused.body()).get("type").asString())
                .isEqualTo("urn:lotse:problem:idempotency-key-reused");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void keepsEachUsersKeysApart() {
        var key = newKey();
        var ofCoach1 = coach.post("/api/participants", JourneyData.intake("Jan", "Berg"), "Idempotency-Key", key);
        var ofLead = calls("lead").post("/api/participants", JourneyData.intake("Eva", "Berg"), "Idempotency-Key", key);

        assertThat(ofCoach1.statusCode()).isEqualTo(201);
        assertThat(ofLead.statusCode()).as(ofLead.body()).isEqualTo(201);
        assertThat(ofLead.body()).isNotEqualTo(ofCoach1.body());
    }

    @Test
    void runsConcurrentRepeatsOnceAndTellsTheOthersItIsInProgress() throws Exception {
        var id = enrolWithCoaching("Olga", "Petrenko");
        var key = newKey();
        var answers = new ArrayList<HttpResponse<String>>();
        var senders = Executors.newFixedThreadPool(6);
        try {
            var sent = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> coach.post(situationsOf(id), SITUATION, "Idempotency-Key", key), senders))
                    .toList();
            for (var answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            senders.shutdown();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(204, 409));
        answers.stream()
                .filter(answer -> answer.statusCode() == 409)
                .forEach(answer -> assertThat(
                                JSON.readTree(answer.body()).get("type").asString())
                        .isEqualTo("urn:lotse:problem:idempotency-key-in-progress"));
        assertThat(typesIn(historyOf(id))).containsOnlyOnce("LabourMarketSituationRecorded");
    }

    private String enrolWithCoaching(String firstName, String lastName) {
        var enrolled = coach.post("/api/participants", JourneyData.intake(firstName, lastName));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        var id = JSON.readTree(enrolled.body()).get("id").asString();
        var coaching = coach.post(
                "/api/participants/" + id + "/stages", "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}");
        assertThat(coaching.statusCode()).as(coaching.body()).isEqualTo(204);
        return id;
    }

    /** The history is found once the participant view knows whose caseload the participant is in. */
    private JsonNode historyOf(String id) {
        var history =
                await().until(() -> coach.get("/api/participants/" + id + "/history"), h -> h.statusCode() != 404);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        return JSON.readTree(history.body());
    }

    private static List<String> typesIn(JsonNode history) {
        var types = new ArrayList<String>();
        history.forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    private static String situationsOf(String id) {
        return "/api/participants/" + id + "/situations";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private Calls calls(String user) {
        return new Calls("http://localhost:" + port, user, "retries-secret");
    }
}
