package de.lotse.query.operations;

import de.lotse.api.operations.ProjectionStatus;
import de.lotse.query.system.EventByEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/**
 * Why a read model's live processor on this instance is stuck, until one of its batches commits
 * again. A batch that fails is rolled back and retried with a growing pause, since a projection
 * never skips an event; Axon says so only in the log. This keeps the first failure's time and the
 * latest error for the projection status, so that an operator sees which read model stands still
 * and why.
 *
 * <p>It also remembers the events of a failed batch, so that the retry of that batch applies them
 * {@link EventByEvent one by one}: then the event that fails is parked with its participant's later
 * events, and the batch commits with everyone else's. The first event of the retried batch is the
 * same, because the segment's token has not moved; whichever instance retries it, one that has not
 * seen the failure fails once more and then retries event by event too.
 */
final class ProcessorFailures implements ErrorHandler {

    private final Map<String, ProjectionStatus.Stalled> failing = new ConcurrentHashMap<>();
    /** Per processor, the identifiers of the events in its batches that failed as a whole. */
    private final Map<String, Set<String>> suspects = new ConcurrentHashMap<>();

    private final Clock clock;

    ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    /** Notes the failure, then lets Axon roll the batch back and retry it later. */
    @Override
    public void handleError(ErrorContext context) throws Exception {
        var error = FailureCause.of(context.error()).described();
        var batch = suspects.computeIfAbsent(context.eventProcessor(), ignored -> ConcurrentHashMap.newKeySet());
        context.failedEvents().forEach(event -> batch.add(event.getIdentifier()));
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

    /**
     * For the read model's processor: makes a batch that holds an event of a failed batch apply its
     * events one by one, and forgets those events once it has committed.
     */
    MessageHandlerInterceptor<EventMessage<?>> eventByEventAfterFailure(String processor) {
        var checked = "event-by-event-checked-" + processor;
        return (unitOfWork, chain) -> {
            var root = unitOfWork.root();
            if (root.getResource(checked) == null) {
                root.resources().put(checked, Boolean.TRUE);
                var failed = suspects.getOrDefault(processor, Set.of());
                var retried = root instanceof BatchingUnitOfWork<?> batch
                        ? batch.getMessages().stream()
                                .map(Message::getIdentifier)
                                .filter(failed::contains)
                                .toList()
                        : List.<String>of();
                if (!retried.isEmpty()) {
                    EventByEvent.switchOn(root);
                    root.afterCommit(committed -> retried.forEach(failed::remove));
                }
            }
            return chain.proceed();
        };
    }

    Optional<ProjectionStatus.Stalled> of(String processor) {
        return Optional.ofNullable(failing.get(processor));
    }
}
