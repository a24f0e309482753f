package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.access.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml and the Dockerfile cannot be run here (no Docker engine), so their content is
 * checked instead: the services the scale-out needs are there, each side runs with the axonserver
 * profile against the compose PostgreSQL and Axon Server and accepts the compose Keycloak's tokens,
 * whose realm declares every Lotse role, and the Dockerfile builds the jars that the modules really
 * produce.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path REALM = ROOT.resolve("deploy/keycloak/lotse-realm.json");

    @Test
    @SuppressWarnings("unchecked")
    void composeBringsUpAxonServerPostgresAndBothSides() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("postgres", "axonserver", "command-side", "query-side");
        assertThat(String.valueOf(services.get("axonserver").get("image"))).startsWith("axoniq/axonserver");
        assertThat(String.valueOf(services.get("postgres").get("image"))).startsWith("postgres:");
        assertThat((List<String>) services.get("postgres").get("command"))
                .containsSequence("-c", "random_page_cost=1.1");
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
    @SuppressWarnings("unchecked")
    void composeSignsPeopleInThroughKeycloakWithTheLotseRealm() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");

        var keycloak = services.get("keycloak");
        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak");
        assertThat((List<String>) keycloak.get("command")).contains("start-dev", "--import-realm");
        assertThat((List<String>) keycloak.get("volumes")).contains("./deploy/keycloak:/opt/keycloak/data/import:ro");
        for (var side : List.of("command-side", "query-side")) {
            var service = services.get(side);
            assertThat((Map<String, Object>) service.get("environment"))
                    .containsEntry("LOTSE_OIDC_ISSUER_URI", "http://keycloak:8080/realms/lotse")
                    .containsEntry("LOTSE_OIDC_CLIENT_ID", "lotse")
                    .containsEntry("LOTSE_OIDC_ROLES_CLAIM", "realm_access.roles")
                    .containsEntry("LOTSE_OIDC_CLIENT_SECRET", "${LOTSE_OIDC_CLIENT_SECRET:-lotse-dev-secret}");
            assertThat((Map<String, Object>) service.get("depends_on")).containsKey("keycloak");
        }

        var realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
        assertThat(realm.get("realm").asString()).isEqualTo("lotse");
        var roles = realm.get("roles")
                .get("realm")
                .valueStream()
                .map(role -> role.get("name").asString())
                .toList();
        assertThat(roles)
                .containsExactlyInAnyOrder(
                        Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        var client = realm.get("clients").get(0);
        assertThat(client.get("clientId").asString()).isEqualTo("lotse");
        assertThat(client.get("publicClient").asBoolean()).as("confidential").isFalse();
        assertThat(client.get("secret").asString()).isEqualTo("lotse-dev-secret");
        assertThat(client.get("redirectUris").get(0).asString()).endsWith("/login/oauth2/code/sso");
        for (var user : realm.get("users")) {
            assertThat(user.get("realmRoles").valueStream().map(role -> role.asString()))
                    .isSubsetOf(roles);
        }
    }

    @Test
    void dockerfileBuildsTheLaunchersTheModulesProduce() throws IOException {
        var dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile).contains("./mvnw", "app/target/lotse-app.jar", "$MODULE/target/lotse-$MODULE-exec.jar");
        assertThat(dockerfile)
                .as("the all-in-one image runs with the README's JVM options")
                .contains("cp app/jvm.options /jvm.options", "\"java\", \"@/opt/lotse/jvm.options\"");
        assertThat(Files.readString(ROOT.resolve("app/pom.xml"))).contains("<finalName>lotse-app</finalName>");
        for (var side : List.of("command-side", "query-side")) {
            var pom = Files.readString(ROOT.resolve(side).resolve("pom.xml"));
            assertThat(pom).contains("<finalName>lotse-" + side + "</finalName>", "<classifier>exec</classifier>");
        }
    }
}
