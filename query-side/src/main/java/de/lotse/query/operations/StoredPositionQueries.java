package de.lotse.query.operations;

import de.lotse.api.operations.FindReadModelsCaughtUp;
import de.lotse.api.operations.FindStoredPosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the event store's head stands, and whether the read models have applied the events up to
 * a position: what a page waits for after a command so that it shows what the user just did.
 *
 * <p>A segment this instance runs is judged by its processor's own status, which moves as soon as
 * a batch commits, and, when the segment has nothing to apply, as soon as it has read past the
 * position; its stored token would trail by up to a claim extension (five seconds by default). A
 * segment another instance runs is judged by its stored token.
 */
@Component
class StoredPositionQueries {

    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final List<String> readModels;

    StoredPositionQueries(
            EventStore events,
            EventProcessingConfiguration processing,
            ProcessorTokens tokens,
            List<ReadModel> readModels) {
        this.events = events;
        this.processing = processing;
        this.tokens = tokens;
        this.readModels = readModels.stream().map(ReadModel::name).toList();
    }

    @QueryHandler
    Long handle(FindStoredPosition query) {
        return ProcessorTokens.positionOf(events.createHeadToken());
    }

    @QueryHandler
    Boolean handle(FindReadModelsCaughtUp query) {
        var stored = tokens.bySegment(readModels);
        return readModels.stream().allMatch(name -> caughtUp(name, stored.getOrDefault(name, Map.of()), query));
    }

    private boolean caughtUp(
            String readModel, Map<Integer, Optional<TrackingToken>> stored, FindReadModelsCaughtUp query) {
        if (stored.isEmpty()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> running = processing
                .eventProcessor(readModel, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
        return stored.entrySet().stream().allMatch(segment -> {
            var status = running.get(segment.getKey());
            var token = status != null ? Optional.ofNullable(status.getTrackingToken()) : segment.getValue();
            return applied(token.orElse(null), query.after(), query.upTo());
        });
    }

    /**
     * Whether a segment at {@code token} has applied every event after {@code after} up to {@code
     * upTo} that is its to apply: it has read up to {@code upTo}, and none of those events is one
     * it skipped because its transaction had not committed when the segment read past it (a gap,
     * which the segment applies once it is committed).
     */
    static boolean applied(@Nullable TrackingToken token, long after, long upTo) {
        if (ProcessorTokens.positionOf(token) < upTo) {
            return false;
        }
        return !(WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware)
                || gapAware.getGaps().subSet(after + 1, upTo + 1).isEmpty();
    }
}
