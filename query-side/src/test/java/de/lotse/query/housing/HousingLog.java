package de.lotse.query.housing;

import de.lotse.api.housing.HousingEvent;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Hands housing events to a projection as the event processor would: each as the next event of its
 * stream (the property's, the unit's or the renovation's), recorded at the log's clock, which moves
 * on a minute per event unless set.
 */
final class HousingLog {

    private final AnnotationEventHandlerAdapter projection;
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock;

    HousingLog(Object projection, Instant start) {
        this.projection = new AnnotationEventHandlerAdapter(projection);
        this.clock = start;
    }

    /** The events that follow are recorded from that instant on. */
    HousingLog at(Instant instant) {
        clock = instant;
        return this;
    }

    /** The instant the next event will be recorded at. */
    Instant now() {
        return clock;
    }

    void record(HousingEvent... events) {
        for (var event : events) {
            var stream = streamOf(event);
            var sequence = sequences.merge(stream, 1L, Long::sum) - 1;
            deliver(stream, sequence, event);
            clock = clock.plus(Duration.ofMinutes(1));
        }
    }

    /** Delivers the event once more, as a redelivery after a failed batch would, at its old place in the stream. */
    void redeliver(HousingEvent event, long sequence, Instant recordedAt) {
        var now = clock;
        clock = recordedAt;
        deliver(streamOf(event), sequence, event);
        clock = now;
    }

    private void deliver(String stream, long sequence, HousingEvent event) {
        try {
            projection.handle(new GenericDomainEventMessage<>(
                    "Housing",
                    stream,
                    sequence,
                    event,
                    MetaData.emptyInstance(),
                    UUID.randomUUID().toString(),
                    clock));
        } catch (Exception e) {
            throw new IllegalStateException("the projection could not apply " + event, e);
        }
    }

    private static String streamOf(HousingEvent event) {
        if (event instanceof RenovationStarted started) {
            return started.renovationId().toString();
        }
        if (event instanceof ParticipantEmployedOnRenovation employed) {
            return employed.renovationId().toString();
        }
        if (event instanceof RenovationCompleted completed) {
            return completed.renovationId().toString();
        }
        if (event instanceof PropertyAcquired acquired) {
            return acquired.propertyId().toString();
        }
        try {
            return event.getClass().getMethod("unitId").invoke(event).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no stream for " + event, e);
        }
    }
}
