package de.lotse.query.audit;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.audit.FindParticipantHistory;
import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.audit.ParticipantHistory;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.query.participant.ParticipantViews;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers for a participant's event trail. It reads the stream from the event store itself, the
 * source of truth, never from a projection that might lag or be rebuilt. Only the question whose
 * caseload the participant is in goes to the participant view, since a coach may read the trail of
 * the own participants only. Each entry carries its link in the participant's hash chain.
 */
@Component
class HistoryQueries {

    private static final String UNKNOWN_SENDER = "system";

    private final EventStore events;
    private final ParticipantViews views;
    private final JsonMapper json;
    private final EventChainLinks links;

    HistoryQueries(EventStore events, ParticipantViews views, JsonMapper json, EventChainLinks links) {
        this.events = events;
        this.views = views;
        this.json = json;
        this.links = links;
    }

    @QueryHandler
    ParticipantHistory handle(FindParticipantHistory query) {
        var id = query.participantId();
        require(query.caller(), READ_PARTICIPANTS, "reading histories");
        requireAccess(query.caller(), id);
        // From sequence 0 explicitly: readEvents(id) would start at the latest snapshot instead.
        var hashes = links.of(id.toString());
        var entries = events.readEvents(id.toString(), 0)
                .asStream()
                .map(event -> entry(event, hashes.get(event.getSequenceNumber())))
                .toList();
        if (entries.isEmpty()) {
            throw refused(Refusal.unknownParticipant(id));
        }
        return new ParticipantHistory(entries);
    }

    private void requireAccess(Caller caller, ParticipantId id) {
        if (caller.seesEveryParticipant()) {
            return;
        }
        var coach = views.coachOf(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!caller.mayAccessCaseloadOf(coach)) {
            throw refused(Refusal.notYourCaseload(id));
        }
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

    private static String storedName(Class<?> type) {
        return ParticipantEvents.TYPES.contains(type) ? ParticipantEvents.storedName(type) : type.getSimpleName();
    }
}
