package de.lotse.query.system;

import de.lotse.api.access.Refusal;
import de.lotse.platform.problem.LotseProblems;
import java.util.Optional;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The query side's problems. A query handler refuses with a {@link QueryExecutionException} whose
 * details are a {@link Refusal}. A local query bus hands that exception to the gateway's future as
 * it was thrown, so {@code join()} raises it inside a {@code CompletionException}, which the base
 * class unwraps; a remote bus rebuilds it from the details on the caller's side. This advice also
 * looks one level deeper, for a refusal wrapped once more on its way.
 */
@RestControllerAdvice(basePackages = "de.lotse.query")
class QueryProblems extends LotseProblems {

    @ExceptionHandler(QueryExecutionException.class)
    ResponseEntity<Object> queryRefused(QueryExecutionException exception, WebRequest request) throws Exception {
        return handleUnwrapped(exception, request);
    }

    @Override
    protected ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request) throws Exception {
        return refusalIn(cause)
                .or(() -> Optional.ofNullable(cause.getCause()).flatMap(QueryProblems::refusalIn))
                .map(LotseProblems::refused)
                .orElseThrow(() -> cause);
    }

    private static Optional<Refusal> refusalIn(Throwable failure) {
        return failure instanceof QueryExecutionException execution
                ? execution.<Object>getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                : Optional.empty();
    }
}
