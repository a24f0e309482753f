package de.lotse.query.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of one read model, on a thread of its own, while the old rows keep being served.
 *
 * <p>First, further instances of the read model's projection, one per worker, fill empty copies
 * of its tables from the first event, a batch of events per transaction, while the live
 * processor goes on. Once the rebuild has reached the head of the stream, this instance's live
 * processor stops, and one transaction takes the read model's {@link SwitchLock}, which holds off
 * the live processors of every other instance too; the rebuild applies what remains up to the
 * head and up to the furthest token of any segment, and the same transaction puts the rebuilt
 * tables in place of the live ones. Every segment then goes on from its token, which is behind the
 * rebuild or level with it: it applies once more the few events the rebuilt tables already hold,
 * which changes nothing, since every projection is idempotent.
 */
final class Rebuild implements Runnable {

    /** What the owner of the rebuild hears of it: that it has ended, and the failure if it did not switch. */
    interface Listener {

        void ended(Rebuild rebuild, @Nullable Exception failure);
    }

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final int POLL_MILLIS = 200;
    private static final long STOP_TIMEOUT_SECONDS = 120;

    private final ReadModel readModel;
    private final StreamingEventProcessor liveProcessor;
    private final EventStore events;
    private final DataSource dataSource;
    private final ProcessorTokens tokens;
    private final RebuildProperties settings;
    private final Listener listener;
    private volatile long position;
    private volatile long applied;

    Rebuild(
            ReadModel readModel,
            StreamingEventProcessor liveProcessor,
            EventStore events,
            DataSource dataSource,
            ProcessorTokens tokens,
            RebuildProperties settings,
            Listener listener) {
        this.readModel = readModel;
        this.liveProcessor = liveProcessor;
        this.events = events;
        this.dataSource = dataSource;
        this.tokens = tokens;
        this.settings = settings;
        this.listener = listener;
    }

    String readModelName() {
        return readModel.name();
    }

    /** The global index of the last event the rebuild has applied. */
    long position() {
        return position;
    }

    /** How many events the rebuild has applied so far. */
    long applied() {
        return applied;
    }

    @Override
    public void run() {
        var name = readModel.name();
        var tables = new RebuildTables(dataSource);
        var started = System.nanoTime();
        var liveStopped = false;
        Exception failure = null;
        log.info("Rebuild of read model {} started", name);
        try {
            tables.prepare(readModel.tables());
            try (var workers = RebuildWorkers.open(readModel, dataSource, settings.workers());
                    var stream = events.openStream(null)) {
                applyUpTo(head(), stream, workers);
                liveProcessor.shutdownAsync().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                liveStopped = true;
                tables.swap(readModel, () -> applyUpTo(Math.max(head(), tokens.highest(name)), stream, workers));
            }
            log.info(
                    "Rebuild of read model {} switched after {} events in {} ms",
                    name,
                    applied,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (InterruptedException e) {
            // Stopped because the application shuts down: the live processor stays as Axon leaves it.
            liveStopped = false;
            log.error("Rebuild of read model {} failed: stopped after {} events", name, applied);
            failure = e;
            discard(tables);
        } catch (Exception e) {
            log.error("Rebuild of read model {} failed after {} events", name, applied, e);
            failure = e;
            discard(tables);
        } finally {
            if (liveStopped) {
                liveProcessor.start();
            }
            listener.ended(this, failure);
        }
    }

    private void applyUpTo(long target, BlockingStream<TrackedEventMessage<?>> stream, RebuildWorkers workers)
            throws InterruptedException, ExecutionException {
        while (true) {
            var batch = nextBatch(stream);
            if (batch.isEmpty()) {
                if (position >= target) {
                    return;
                }
                continue;
            }
            workers.apply(batch);
            position = ProcessorTokens.positionOf(batch.get(batch.size() - 1).trackingToken());
            applied += batch.size();
            if (Thread.interrupted()) {
                throw new InterruptedException("the rebuild was stopped");
            }
        }
    }

    /** The next events, as many as the workers take in one transaction each; none if none came in a while. */
    private List<TrackedEventMessage<?>> nextBatch(BlockingStream<TrackedEventMessage<?>> stream)
            throws InterruptedException {
        var size = settings.batchSize() * settings.workers();
        var batch = new ArrayList<TrackedEventMessage<?>>(size);
        if (stream.hasNextAvailable(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            do {
                batch.add(stream.nextAvailable());
            } while (batch.size() < size && stream.hasNextAvailable());
        }
        return batch;
    }

    private long head() {
        return ProcessorTokens.positionOf(events.createHeadToken());
    }

    private void discard(RebuildTables tables) {
        try {
            tables.discard(readModel.tables());
        } catch (RuntimeException e) {
            log.warn("The rebuild tables of read model {} could not be dropped", readModel.name(), e);
        }
    }
}
