package de.lotse.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Refusal;
import de.lotse.api.operations.ReplayRefusal;
import java.io.IOException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

class QueryProblemsTest {

    private static final UUID ID = UUID.randomUUID();

    private final QueryProblems problems = new QueryProblems();
    private final WebRequest request = new ServletWebRequest(new MockHttpServletRequest());

    record FindSomething(UUID id) {}

    static class RefusingHandler {

        @QueryHandler
        String handle(FindSomething query) {
            throw new QueryExecutionException("refused", null, Refusal.unknownParticipant(query.id()));
        }
    }

    @Test
    void receivesTheHandlersOwnExceptionInsideACompletionExceptionFromALocalQueryBus() {
        var failure = refusalThroughLocalQueryBus();

        assertThat(failure.getCause())
                .isInstanceOfSatisfying(
                        QueryExecutionException.class,
                        refusal -> assertThat(refusal.<Refusal>getDetails()).contains(Refusal.unknownParticipant(ID)));
    }

    @Test
    void answersARefusalFromALocalQueryBusWithItsProblem() throws Exception {
        var cause = (Exception) refusalThroughLocalQueryBus().getCause();

        var answer = problems.handleUnwrapped(cause, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:unknown-participant");
    }

    @Test
    void findsARefusalWrappedOnceMore() throws Exception {
        var refusal = new QueryExecutionException("refused", null, Refusal.notYourCaseload(ID));

        var answer = problems.handleUnwrapped(new IllegalStateException("wrapped", refusal), request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:not-your-caseload");
    }

    @Test
    void answersAQueryExecutionExceptionThrownDirectly() throws Exception {
        var refusal = new QueryExecutionException("refused", null, Refusal.unknownParticipant(ID));

        assertThat(problems.executionRefused(refusal, request).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersAReplayOfAnUnknownProjectionWith404() throws Exception {
        var refusal = new CommandExecutionException("refused", null, ReplayRefusal.unknown("nothing"));

        var answer = problems.executionRefused(refusal, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:unknown-projection");
    }

    @Test
    void answersAReplayOfAProjectionBeingRebuiltWith409() throws Exception {
        var refusal = new CommandExecutionException("refused", null, ReplayRefusal.alreadyReplaying("caseload"));

        var answer = problems.handleUnwrapped(refusal, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:replay-running");
    }

    @Test
    void answersAFailureThatCarriesNoRefusalAsAnInternalErrorWithAnIncidentId() {
        var failure = new QueryExecutionException("broken", new IllegalStateException("a bug"));

        var answer = problems.handleUnwrapped(failure, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:internal-error");
        var problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getProperties()).containsKey("incident");
        assertThat(problem.getDetail())
                .contains(problem.getProperties().get("incident").toString())
                .doesNotContain("a bug");
    }

    @Test
    void answersAnyUnforeseenExceptionAsAnInternalErrorAndAClientThatHungUpNotAtAll() {
        var answer = problems.unexpected(new NullPointerException("x is null"), request);

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:internal-error");
        assertThat(problems.unexpected(new IOException("Broken pipe"), request)).isNull();
    }

    @Test
    void answersUnavailableWhenTheDatabaseCannotBeReached() throws Exception {
        var failure = new QueryExecutionException(
                "failed", new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

        var answer = problems.executionRefused(failure, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(typeOf(answer)).isEqualTo("urn:lotse:problem:unavailable");
    }

    @Test
    void answersUnavailableForAQueryExecutionExceptionCausedByALostConnection() throws Exception {
        var failure = new QueryExecutionException("failed", new SQLException("terminating connection", "57P01"));

        assertThat(problems.executionRefused(failure, request).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static CompletionException refusalThroughLocalQueryBus() {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new RefusingHandler()).subscribe(bus);
        var gateway = DefaultQueryGateway.builder().queryBus(bus).build();
        return catchThrowableOfType(
                CompletionException.class,
                () -> gateway.query(new FindSomething(ID), ResponseTypes.instanceOf(String.class))
                        .join());
    }

    private static String typeOf(ResponseEntity<Object> answer) {
        return String.valueOf(((ProblemDetail) answer.getBody()).getType());
    }
}
