package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded PostgreSQL, started early beside the rest of the start, never outlives the start:
 * with a database named, or for another application in the same JVM, it is not started at all, and
 * a start that fails stops it again.
 * {@link RestartTest} covers the start that succeeds.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void startsNoServerWhenADatabaseIsNamed() {
        assertThat(serverStartedFor(
                        LotseApplication.class, Map.of("spring.datasource.url", "jdbc:postgresql://db.example/lotse")))
                .isFalse();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    /** Such as the identity provider the single sign-on tests start in the same JVM as Lotse. */
    @Test
    void startsNoServerForAnotherApplication() {
        assertThat(serverStartedFor(EmbeddedDatabaseTest.class, Map.of())).isFalse();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    private boolean serverStartedFor(Class<?> application, Map<String, Object> settings) {
        try (var context = new GenericApplicationContext()) {
            var properties = new HashMap<>(settings);
            properties.put("lotse.data-dir", dataDir.toString());
            properties.put("lotse.embedded-database.password", "unused");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("given", properties));
            new EmbeddedDatabase.EarlyStart(new SpringApplication(application), new String[0]).contextPrepared(context);
            return context.getBeanFactory().getBeanNamesForType(EmbeddedDatabase.EarlyStart.Server.class).length > 0;
        }
    }

    @Test
    void stopsTheServerWhenTheStartFailsAfterIt() {
        var start = new SpringApplicationBuilder(LotseApplication.class);
        assertThatThrownBy(() -> start.run(
                        "--server.port=0",
                        "--lotse.data-dir=" + dataDir,
                        "--lotse.demo-password=start-fails",
                        "--lotse.projections.batch-size=many"))
                .hasStackTraceContaining("many");

        assertThat(dataDir.resolve("postgres/PG_VERSION"))
                .as("the server was started")
                .exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("and stopped with the failed start")
                .doesNotExist();
    }
}
