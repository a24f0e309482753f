package de.lotse.query.operations;

import de.lotse.api.operations.ProjectionStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Why a read model's live processor on this instance is stuck, until one of its batches commits
 * again. A batch that fails is rolled back and retried with a growing pause, and so is every later
 * attempt, since a projection never skips an event; Axon says so only in the log. This keeps the
 * first failure's time and the latest error for the projection status, so that an operator sees
 * which read model stands still and why.
 */
final class ProcessorFailures implements ErrorHandler {

    private final Map<String, ProjectionStatus.Stalled> failing = new ConcurrentHashMap<>();
    private final Clock clock;

    ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    /** Notes the failure, then lets Axon roll the batch back and retry it later. */
    @Override
    public void handleError(ErrorContext context) throws Exception {
        var error = describe(context.error());
        failing.merge(
                context.eventProcessor(),
                new ProjectionStatus.Stalled(clock.instant(), error),
                (first, latest) -> new ProjectionStatus.Stalled(first.since(), latest.error()));
        PropagatingErrorHandler.instance().handleError(context);
    }

    /** For the read model's processor: forgets its failure once one of its batches has committed. */
    MessageHandlerInterceptor<EventMessage<?>> clearedOnCommit(String processor) {
        return (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource("failures-cleared-" + processor, ignored -> {
                unitOfWork.root().afterCommit(committed -> failing.remove(processor));
                return true;
            });
            return chain.proceed();
        };
    }

    Optional<ProjectionStatus.Stalled> of(String processor) {
        return Optional.ofNullable(failing.get(processor));
    }

    /** The innermost cause and the first line of its message: what went wrong, without the stack. */
    private static String describe(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = String.valueOf(cause.getMessage())
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        var described = cause.getClass().getSimpleName() + ": " + message;
        return described.length() <= 300 ? described : described.substring(0, 297) + "...";
    }
}
