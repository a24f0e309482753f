package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document integrators build their clients from, as the running application serves
 * it: every operation of the API, including one added later, must say what it does, who may call
 * it and which problems it answers, or this test names it.
 */
@LotseApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Value("${local.server.port}")
    int port;

    private JsonNode document;

    record Endpoint(String method, String path, JsonNode operation) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    @BeforeAll
    void fetchTheDocumentWithoutCredentials() {
        document = new Api("http://localhost:" + port, "", "")
                .anonymous()
                .get("/v3/api-docs")
                .ok();
    }

    @Test
    void describesOnlyTheApi() {
        assertThat(document.path("paths").propertyNames()).isNotEmpty().allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void acceptsHttpBasicOrABearerTokenForEveryOperation() {
        var schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("security").valueStream().map(requirement -> List.copyOf(requirement.propertyNames())))
                .containsExactly(List.of("basicAuth"), List.of("bearerAuth"));
    }

    @Test
    void describesTheProblemFormatOnce() {
        var schemas = document.path("components").path("schemas");
        var problem = schemas.path("Problem").path("properties");
        assertThat(problem.propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors", "rule", "existingId");
        assertThat(problem.path("errors").path("items").path("$ref").asString())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(schemas.path("FieldProblem").path("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void givesEveryOperationItsOwnOperationId() {
        var ids = endpoints()
                .map(e -> e.operation().path("operationId").asString())
                .toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    }

    @TestFactory
    Stream<DynamicTest> documentsEveryOperation() {
        return endpoints().map(endpoint -> dynamicTest(endpoint.name(), () -> assertDocumented(endpoint)));
    }

    /** Each failure names the operation, since a report lists dynamic tests by number. */
    private void assertDocumented(Endpoint endpoint) {
        var name = endpoint.name();
        var operation = endpoint.operation();
        assertThat(operation.path("summary").asString()).as(name + " summary").isNotBlank();
        assertThat(operation.path("operationId").asString())
                .as(name + " operationId")
                .isNotBlank();
        var security = operation.has("security") ? operation.get("security") : document.path("security");
        assertThat(security.isEmpty()).as(name + " security").isFalse();
        var responses = operation.path("responses").propertyNames();
        assertThat(responses).as(name + " answers").contains("401", "403");
        if (operation.has("requestBody") || hasQueryParameter(operation)) {
            assertThat(responses).as(name + " answers").contains("400");
        }
        if (endpoint.path().startsWith("/api/participants/{id}")) {
            assertThat(responses).as(name + " answers").contains("404");
        }
        operation
                .path("responses")
                .propertyStream()
                .filter(response -> response.getKey().startsWith("4"))
                .forEach(response -> assertIsProblem(name + " " + response.getKey(), response.getValue()));
    }

    private static void assertIsProblem(String answer, JsonNode response) {
        var content = response.path("content");
        assertThat(content.propertyNames()).as(answer).containsExactly(PROBLEM_JSON);
        assertThat(content.path(PROBLEM_JSON).path("schema").path("$ref").asString())
                .as(answer)
                .isEqualTo(PROBLEM);
    }

    private static boolean hasQueryParameter(JsonNode operation) {
        return operation
                .path("parameters")
                .valueStream()
                .anyMatch(p -> "query".equals(p.path("in").asString()));
    }

    private Stream<Endpoint> endpoints() {
        return document.path("paths")
                .propertyStream()
                .flatMap(path -> path.getValue()
                        .propertyStream()
                        .map(operation -> new Endpoint(operation.getKey(), path.getKey(), operation.getValue())));
    }
}
