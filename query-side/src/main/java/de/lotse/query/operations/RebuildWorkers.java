package de.lotse.query.operations;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projections a rebuild writes through: one instance of the read model's projection per
 * worker, each over a session of its own, applying the events of its share of the participants.
 * A participant's events always go to the same worker, in order, as the live processor's segments
 * do, so the read model needs no other guarantee than it already gives its live processor. Each
 * worker applies its share of a batch in one transaction and one unit of work; the batch is done
 * when all have committed.
 */
final class RebuildWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildWorkers.class);
    private static final Duration WORKER_PATIENCE = Duration.ofSeconds(30);

    private final List<RebuildSession> sessions = new ArrayList<>();
    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private final ExecutorService threads;

    private RebuildWorkers(int count, String readModel) {
        this.threads = Executors.newFixedThreadPool(count, work -> new Thread(work, "rebuild-" + readModel));
    }

    static RebuildWorkers open(ReadModel readModel, DataSource dataSource, int count) throws SQLException {
        var workers = new RebuildWorkers(count, readModel.name());
        try {
            for (var i = 0; i < count; i++) {
                var session = RebuildSession.open(dataSource);
                workers.sessions.add(session);
                workers.projections.add(new AnnotationEventHandlerAdapter(readModel.projectionOn(session.jdbc())));
            }
        } catch (SQLException | RuntimeException e) {
            workers.close();
            throw e;
        }
        return workers;
    }

    /** Applies the events, each worker its participants' share in one transaction, and waits for all. */
    void apply(List<? extends EventMessage<?>> events) throws InterruptedException, ExecutionException {
        var shares = new ArrayList<List<EventMessage<?>>>();
        sessions.forEach(session -> shares.add(new ArrayList<>()));
        events.forEach(event -> shares.get(workerOf(event)).add(event));
        var running = new ArrayList<Future<?>>();
        for (var worker = 0; worker < shares.size(); worker++) {
            var share = shares.get(worker);
            if (!share.isEmpty()) {
                var session = sessions.get(worker);
                var projection = projections.get(worker);
                running.add(threads.submit(() -> session.inTransaction(() -> applyTogether(projection, share))));
            }
        }
        for (var work : running) {
            work.get();
        }
    }

    /**
     * Gives the sessions back once no worker uses them any more. When one worker failed, another
     * may still be in its transaction: resetting its session then would run inside that transaction
     * and be rolled back with it, and the connection would go back to the pool still set to the
     * rebuild schema, hiding the live tables from whoever took it next.
     */
    @Override
    public void close() throws SQLException {
        threads.shutdownNow();
        awaitWorkers();
        SQLException failure = null;
        for (var session : sessions) {
            try {
                session.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void awaitWorkers() throws SQLException {
        try {
            while (!threads.awaitTermination(WORKER_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("A worker of the rebuild is still applying its share; its session waits for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(
                    "interrupted while the rebuild's workers finished; their sessions are not given back", e);
        }
    }

    private int workerOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent
                ? Math.floorMod(domainEvent.getAggregateIdentifier().hashCode(), sessions.size())
                : 0;
    }

    /**
     * Applies a worker's share in one unit of work, as a processor applies its batch, so a projection
     * that collects its writes until the unit of work commits sends them together.
     */
    private static void applyTogether(AnnotationEventHandlerAdapter projection, List<EventMessage<?>> share) {
        var unitOfWork = new BatchingUnitOfWork<>(share);
        var outcome = unitOfWork.executeWithResult(
                () -> {
                    apply(projection, unitOfWork.getMessage());
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (outcome.isExceptional()) {
            throw outcome.exceptionResult() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("the projection could not apply its share", outcome.exceptionResult());
        }
    }

    private static void apply(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        if (!projection.canHandle(event)) {
            return;
        }
        try {
            projection.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the projection could not apply event " + event.getIdentifier(), e);
        }
    }
}
