package de.lotse.query.audit;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.audit.HistoryEntry;
import de.lotse.platform.messaging.CallerMetaData;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stream's stored events as an auditor reads them, whichever aggregate the stream belongs to
 * (a participant, a housing unit). They come from the event store itself, the source of truth,
 * never from a projection that might lag or be rebuilt, and each entry carries its link in the
 * stream's hash chain. Public for the feature packages whose streams have a history of their own.
 */
@Component
public class StreamHistories {

    private static final String UNKNOWN_SENDER = "system";

    private final EventStore events;
    private final JsonMapper json;
    private final EventChainLinks links;

    StreamHistories(EventStore events, JsonMapper json, EventChainLinks links) {
        this.events = events;
        this.json = json;
        this.links = links;
    }

    /** Every event of the stream, in order; empty for a stream that has none. */
    public List<HistoryEntry> of(String aggregateIdentifier) {
        var hashes = links.of(aggregateIdentifier);
        // From sequence 0 explicitly: readEvents(id) would start at the latest snapshot instead.
        return events.readEvents(aggregateIdentifier, 0)
                .asStream()
                .map(event -> entry(event, hashes.get(event.getSequenceNumber())))
                .toList();
    }

    private HistoryEntry entry(DomainEventMessage<?> event, @Nullable String hash) {
        var recordedBy = event.getMetaData().getOrDefault(CallerMetaData.RECORDED_BY, UNKNOWN_SENDER);
        return new HistoryEntry(
                event.getSequenceNumber(),
                storedName(event.getPayloadType()),
                event.getTimestamp(),
                String.valueOf(recordedBy),
                json.writeValueAsString(event.getPayload()),
                hash);
    }

    /** The stable name the event is stored under, which every event type declares. */
    private static String storedName(Class<?> type) {
        var name = type.getAnnotation(JsonTypeName.class);
        return name == null ? type.getSimpleName() : name.value();
    }
}
