package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile cannot be run here (no Docker engine), so their content is
 * checked instead: the services the scale-out needs are there, each side runs with the axonserver
 * profile against the compose PostgreSQL and Axon Server, and the Dockerfile builds the jars that
 * the modules really produce.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    @SuppressWarnings("unchecked")
    void composeBringsUpAxonServerPostgresAndBothSides() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("postgres", "axonserver", "command-side", "query-side");
        assertThat(String.valueOf(services.get("axonserver").get("image"))).startsWith("axoniq/axonserver");
        assertThat(String.valueOf(services.get("postgres").get("image"))).startsWith("postgres:");
        for (var side : List.of("command-side", "query-side")) {
            var service = services.get(side);
            var build = (Map<String, Object>) service.get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(side);
            var environment = (Map<String, Object>) service.get("environment");
            assertThat(environment)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "axonserver")
                    .containsEntry("AXON_AXONSERVER_SERVERS", "axonserver:8124")
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/lotse")
                    .containsKeys(
                            "LOTSE_DEMO_PASSWORD",
                            "LOTSE_INTAKE_HASH_SECRET",
                            "LOTSE_MASTER_KEY",
                            "LOTSE_EXPORT_PSEUDONYM_SECRET");
            assertThat((Map<String, Object>) service.get("depends_on")).containsKeys("postgres", "axonserver");
        }
    }

    @Test
    void dockerfileBuildsTheLaunchersTheModulesProduce() throws IOException {
        var dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile).contains("./mvnw", "app/target/lotse-app.jar", "$MODULE/target/lotse-$MODULE-exec.jar");
        assertThat(Files.readString(ROOT.resolve("app/pom.xml"))).contains("<finalName>lotse-app</finalName>");
        for (var side : List.of("command-side", "query-side")) {
            var pom = Files.readString(ROOT.resolve(side).resolve("pom.xml"));
            assertThat(pom).contains("<finalName>lotse-" + side + "</finalName>", "<classifier>exec</classifier>");
        }
    }
}
