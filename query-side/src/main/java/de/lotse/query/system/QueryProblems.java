package de.lotse.query.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.platform.problem.LotseProblems;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The query side's problems. A query handler refuses with a {@link QueryExecutionException} whose
 * details are a {@link Refusal}. A local query bus hands that exception to the gateway's future as
 * it was thrown, so {@code join()} raises it inside a {@code CompletionException}, which the base
 * class unwraps; a remote bus rebuilds it from the details on the caller's side. This advice also
 * looks one level deeper, for a refusal wrapped once more on its way. A rebuild that cannot start
 * is refused the same way, as a {@link CommandExecutionException} with a {@link ReplayRefusal}.
 */
@RestControllerAdvice(basePackages = "de.lotse.query")
class QueryProblems extends LotseProblems {

    @ExceptionHandler({QueryExecutionException.class, CommandExecutionException.class})
    ResponseEntity<Object> executionRefused(HandlerExecutionException exception, WebRequest request) {
        var known = known(exception);
        return known.isPresent() ? known.get() : handleUnwrapped(exception, request);
    }

    @Override
    protected ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request) {
        return detailsIn(cause)
                .or(() -> Optional.ofNullable(cause.getCause()).flatMap(QueryProblems::detailsIn))
                .flatMap(QueryProblems::answer)
                .orElseGet(() -> internalError(cause, request));
    }

    private static Optional<Object> detailsIn(Throwable failure) {
        return failure instanceof HandlerExecutionException execution ? execution.getDetails() : Optional.empty();
    }

    private static Optional<ResponseEntity<Object>> answer(Object details) {
        if (details instanceof Refusal refusal) {
            return Optional.of(refused(refusal));
        }
        if (details instanceof ReplayRefusal refusal) {
            return Optional.of(replayRefused(refusal));
        }
        if (details instanceof NothingParked nothing) {
            return Optional.of(problem(
                    HttpStatus.NOT_FOUND,
                    "urn:lotse:problem:nothing-parked",
                    "Nothing parked",
                    nothing.detail(),
                    Map.of()));
        }
        return Optional.empty();
    }

    private static ResponseEntity<Object> replayRefused(ReplayRefusal refusal) {
        return switch (refusal.reason()) {
            case UNKNOWN_PROJECTION ->
                problem(
                        HttpStatus.NOT_FOUND,
                        "urn:lotse:problem:unknown-projection",
                        "Unknown projection",
                        refusal.detail(),
                        Map.of());
            case ALREADY_REPLAYING ->
                problem(
                        HttpStatus.CONFLICT,
                        "urn:lotse:problem:replay-running",
                        "Replay already running",
                        refusal.detail(),
                        Map.of());
        };
    }
}
