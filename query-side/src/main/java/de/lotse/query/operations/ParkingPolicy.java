package de.lotse.query.operations;

import de.lotse.query.system.EventByEvent;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * When an event a projection failed to apply is parked. Inside a whole batch it is not: the
 * event's handler may have changed rows in memory before it failed, which the batch would write at
 * its commit, so the batch fails as a whole and is retried {@link EventByEvent one by one}, where a
 * savepoint undoes the failed event's changes and the event is parked.
 *
 * <p>Only a failure that lies in the event is parked: the handler threw, or the database refused
 * the event's data (SQL states 22, data exception, and 23, integrity constraint violation) or a
 * trigger raised an error (P0). Any other database failure (connection lost or none to be had,
 * a missing table, a full disk, a deadlock, a timeout) would meet every other event too: parking them all would empty the read
 * model into the queue, so the batch fails instead, and the segment retries it until the database
 * is back. A parked event keeps only the {@link FailureCause} of its failure, never the stack or
 * the values it held.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (inBatch() && !(EventByEvent.isOn() && liesInTheEvent(cause))) {
            throw new BatchFailed(cause);
        }
        var failure = FailureCause.of(cause);
        return Decisions.enqueue(new ThrowableCause(failure.type(), failure.message()));
    }

    private static boolean inBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>;
    }

    static boolean liesInTheEvent(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException) {
                return false;
            }
            if (cause instanceof SQLException sql) {
                var state = sql.getSQLState();
                return state != null
                        && !(sql instanceof SQLTransientException || sql instanceof SQLRecoverableException)
                        && (state.startsWith("22") || state.startsWith("23") || state.startsWith("P0"));
            }
        }
        return true;
    }

    /** Fails the batch: retried event by event after an event failed, or until the database is back. */
    static final class BatchFailed extends RuntimeException {

        BatchFailed(Throwable cause) {
            super("an event failed in a batch, which is retried event by event", cause);
        }
    }
}
