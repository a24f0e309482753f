package de.lotse.query.operations;

import static de.lotse.api.access.Permission.WATCH_PROJECTIONS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.ProjectionStatus;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * How far every read model's processor has read the stream, measured against its head, how far a
 * running rebuild has got, whether the processor is stuck on this instance, and how many events
 * it has parked. Admins and evaluators may ask.
 */
@Component
class ProjectionStatusQueries {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ProcessorTokens tokens;
    private final ProjectionRebuilds rebuilds;
    private final ProcessorFailures failures;
    private final ParkedEvents parked;

    ProjectionStatusQueries(
            EventProcessingConfiguration processing,
            EventStore events,
            ProcessorTokens tokens,
            ProjectionRebuilds rebuilds,
            ProcessorFailures failures,
            ParkedEvents parked) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.rebuilds = rebuilds;
        this.failures = failures;
        this.parked = parked;
    }

    @QueryHandler
    List<ProjectionStatus> handle(FindProjectionStatus query) {
        require(query.caller(), WATCH_PROJECTIONS, "reading the projection status");
        var head = ProcessorTokens.positionOf(events.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .map(processor -> status(processor, head))
                .toList();
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head) {
        var name = processor.getName();
        var position = tokens.lowest(name);
        var rebuild = rebuilds.running(name)
                .map(running -> new ProjectionStatus.Rebuild(
                        running.position(), ProjectionStatus.progressOf(running.position(), head), running.applied()));
        return new ProjectionStatus(
                name,
                position,
                head,
                ProjectionStatus.progressOf(position, head),
                rebuild.isPresent() || processor.isReplaying(),
                rebuild.orElse(null),
                failures.of(name).orElse(null),
                parked.count(name),
                rebuilds.failed(name).orElse(null));
    }
}
