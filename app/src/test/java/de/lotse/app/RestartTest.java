package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default run keeps its data: the all-in-one application on its embedded PostgreSQL is
 * stopped and started again on the same data directory, and the participant is still there,
 * recognised as a duplicate at a second intake; the embedded database refuses a connection without
 * its password.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryParticipantAcrossARestart() throws Exception {
        String id;
        try (var first = start()) {
            var api = api(first);
            var enrolled = api.post("/api/participants", JourneyData.intake("Jonas", "Keller"));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            id = enrolled.json().get("id").asString();
            await().untilAsserted(() ->
                    assertThat(api.get("/api/participants/" + id).status()).isEqualTo(200));
        }
        assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();
        try (var second = start()) {
            var api = api(second);
            var view = api.get("/api/participants/" + id);
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.json().get("lastName").asString()).isEqualTo("Keller");
            var again = api.post("/api/participants", JourneyData.intake("Jonas", "Keller"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("existingId").asString()).isEqualTo(id);

            var settings = JdbcClient.create(second.getBean(DataSource.class));
            assertThat(settings.sql("SHOW fsync").query(String.class).single())
                    .as("every commit waits until its WAL is on disk")
                    .isEqualTo("on");
            assertThat(settings.sql("SHOW random_page_cost").query(String.class).single())
                    .as("planned for memory and SSDs, so a caseload page walks the coach's index")
                    .isEqualTo("1.1");

            var port = second.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> DriverManager.getConnection(
                                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")
                            .close())
                    .as("the embedded database asks every connection for the password")
                    .isInstanceOf(SQLException.class);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LotseApplication.class)
                .run("--server.port=0", "--lotse.data-dir=" + dataDir, "--lotse.demo-password=restart-secret");
    }

    private static Api api(ConfigurableApplicationContext context) {
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port, "coach1", "restart-secret");
    }
}
