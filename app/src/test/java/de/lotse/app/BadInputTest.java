package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.lotse.platform.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API endpoint under a generated corpus of bad requests ({@link BadRequests}), sent by an
 * admin, who may call them all: each is answered with a 4xx problem, none with a 5xx, and the
 * event store holds afterwards exactly what it held before.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lotse.demo-password=corpus-secret",
            "lotse.intake.hash-secret=corpus-hash-secret",
            "lotse.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "lotse.export.pseudonym-secret=corpus-pseudonym-secret"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::freshUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private Calls admin;
    private String participant;

    @BeforeAll
    void enrolOneParticipantInCoaching() {
        admin = new Calls("http://localhost:" + port, "admin", "corpus-secret");
        var enrolled = admin.post("/api/participants", JourneyData.intake("Selin", "Demir"));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        participant = JSON.readTree(enrolled.body()).get("id").asString();
        var coaching = admin.post(
                "/api/participants/" + participant + "/stages",
                "{\"stage\": \"COACHING\", \"startDate\": \"2026-01-20\"}");
        assertThat(coaching.statusCode()).as(coaching.body()).isEqualTo(204);
    }

    @TestFactory
    Stream<DynamicTest> answersEveryBadRequestWithAClientProblemAndStoresNothing() {
        var stored = storedEvents();
        var corpus = new BadRequests(participant)
                .all()
                .map(bad -> dynamicTest(
                        bad.name(),
                        () -> assertClientProblem(
                                bad, admin.send(bad.method(), bad.path(), bad.contentType(), bad.body()))));
        var nothingStored = dynamicTest(
                "the event store is unchanged", () -> assertThat(storedEvents()).isEqualTo(stored));
        return Stream.concat(corpus, Stream.of(nothingStored));
    }

    private static void assertClientProblem(BadRequests.BadRequest bad, HttpResponse<String> response) {
        var answer = "%s %s answered %s".formatted(bad.method(), bad.path(), response.body());
        assertThat(response.statusCode()).as(answer).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(answer).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(response.statusCode());
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
