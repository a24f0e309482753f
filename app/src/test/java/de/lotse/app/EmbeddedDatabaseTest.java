package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded PostgreSQL, started early beside the rest of the start, never outlives the start:
 * with a database named it is not started at all, and a start that fails stops it again.
 * {@link RestartTest} covers the start that succeeds.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void startsNoServerWhenADatabaseIsNamed() {
        try (var context = new GenericApplicationContext()) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "named",
                            Map.of(
                                    "spring.datasource.url",
                                    "jdbc:postgresql://db.example/lotse",
                                    "lotse.data-dir",
                                    dataDir.toString())));
            new EmbeddedDatabase.EarlyStart().initialize(context);

            assertThat(context.getBeanFactory().getBeanNamesForType(EmbeddedDatabase.EarlyStart.Server.class))
                    .isEmpty();
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
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
