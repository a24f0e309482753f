package de.lotse.query.operations;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Rebuilds held after their first batch until the test lets them go on. They read the read side's
 * events through a stream that, once it has handed out one batch of events and is asked for more,
 * waits on {@link #resume}: by then the rebuild has committed that batch, so the test sees a
 * rebuild half done.
 */
final class PausingRebuilds {

    final CountDownLatch paused = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    final ProjectionRebuilds rebuilds;

    private final int firstBatch;

    PausingRebuilds(ReadSide readSide, int batchSize) {
        this.firstBatch = batchSize * ReadSide.REBUILD_WORKERS;
        var events = readSide.axon.eventStore();
        var pausingEvents = mock(EventStore.class, delegatesTo(events));
        doAnswer(call -> pausing(events.openStream(call.getArgument(0))))
                .when(pausingEvents)
                .openStream(any());
        this.rebuilds = readSide.rebuilds(batchSize, pausingEvents);
    }

    private BlockingStream<TrackedEventMessage<?>> pausing(BlockingStream<TrackedEventMessage<?>> stream)
            throws InterruptedException {
        var handedOut = new int[1];
        @SuppressWarnings("unchecked")
        BlockingStream<TrackedEventMessage<?>> pausing = mock(BlockingStream.class, delegatesTo(stream));
        doAnswer(call -> {
                    handedOut[0]++;
                    return stream.nextAvailable();
                })
                .when(pausing)
                .nextAvailable();
        doAnswer(call -> {
                    if (handedOut[0] >= firstBatch && paused.getCount() > 0) {
                        paused.countDown();
                        resume.await();
                    }
                    return stream.hasNextAvailable(call.getArgument(0), call.getArgument(1));
                })
                .when(pausing)
                .hasNextAvailable(anyInt(), any(TimeUnit.class));
        return pausing;
    }
}
