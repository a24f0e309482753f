package de.lotse.platform.apidoc;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI document says once for the whole API, so that no controller repeats it: who
 * may call (HTTP Basic or an API token), and the problems every operation can answer. A
 * controller declares only what is its own, its summary and a 404 or 409 that only it answers.
 * Every 4xx, declared there or here, gets the problem format here, because every error of the API
 * is one (http-api.md, "Errors").
 */
@Component
class ApiDescription implements GlobalOpenApiCustomizer {

    private static final String BASIC = "basicAuth";
    private static final String BEARER = "bearerAuth";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PARTICIPANT_PATH = "/api/participants/{id}";
    private static final String DESCRIPTION = """
            Lotse tracks the integration pathways of ESF+ participants: the intake, every stage up \
            to the exit and the six-month follow-up, each stored as an event. Commands answer once \
            their events are stored; reads are eventually consistent and normally show a change \
            within a second. Dates are ISO-8601 (`2026-01-15`), instants ISO-8601 in UTC \
            (`2026-01-15T09:30:00Z`). Every error is an RFC 9457 problem (`application/problem+json`).""";

    private final String version;

    ApiDescription(@Value("${spring.application.version:development}") String version) {
        this.version = version;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("Lotse API").version(version).description(DESCRIPTION));
        api.getComponents()
                .addSecuritySchemes(BASIC, scheme("basic", "The user name and password of a Lotse account."))
                .addSecuritySchemes(
                        BEARER,
                        scheme(
                                "bearer",
                                "An API token of a Lotse account (`POST /api/me/tokens`), or, where single sign-on"
                                        + " is configured, an access token of its OpenID Connect provider."))
                .addSchemas(PROBLEM, problemSchema())
                .addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        api.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describe(path, operation)));
    }

    /** Sorted by status, so that the answers declared by a controller and those added here read in order. */
    private static void describe(String path, Operation operation) {
        var responses = new TreeMap<String, ApiResponse>(operation.getResponses());
        if (readsInput(operation)) {
            responses.putIfAbsent(
                    "400",
                    problem("Invalid request: malformed JSON, or a missing or invalid field or parameter,"
                            + " each named in `errors`."));
        }
        responses.putIfAbsent("401", problem("No or wrong credentials."));
        responses.putIfAbsent("403", problem("The caller's role or caseload does not allow this request."));
        if (path.startsWith(PARTICIPANT_PATH)) {
            responses.putIfAbsent("404", problem("Unknown participant."));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4")) {
                response.setContent(problemContent());
            }
        });
        var sorted = new ApiResponses();
        sorted.putAll(responses);
        operation.setResponses(sorted);
    }

    /**
     * A malformed participant id in the path answers 404 as an unknown one does, so only a body or
     * a query parameter can make a request invalid.
     */
    private static boolean readsInput(Operation operation) {
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        return operation.getRequestBody() != null || parameters.stream().anyMatch(p -> "query".equals(p.getIn()));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(APPLICATION_PROBLEM_JSON_VALUE, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description);
    }

    private static SecurityScheme scheme(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(name).description(description);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem, the answer to every request the API refuses.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("What went wrong, e.g. `urn:lotse:problem:invalid-request`; a broken"
                                        + " pathway rule is `urn:lotse:rule:<rule>`."))
                .addProperty("title", new StringSchema().description("The type in a few words."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("This occurrence, explained."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref(FIELD_PROBLEM))
                                .description("For a 400: each invalid field or parameter."))
                .addProperty(
                        "rule",
                        new StringSchema()
                                .description("For a broken pathway rule (409): its name, e.g. `COACHING_FIRST`."))
                .addProperty(
                        "existingId",
                        new UUIDSchema()
                                .description("For a duplicate intake (409): the participant already enrolled, when the"
                                        + " caller may read them."))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, e.g. `dateOfBirth`."))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
    }
}
