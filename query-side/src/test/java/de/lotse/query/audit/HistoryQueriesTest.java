package de.lotse.query.audit;

import static de.lotse.query.testing.Events.AUDITOR;
import static de.lotse.query.testing.Events.coach;
import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Refusal;
import de.lotse.api.audit.FindParticipantHistory;
import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.query.participant.ParticipantViews;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HistoryQueriesTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final Instant ENROLLED_AT = Instant.parse("2026-01-15T09:30:00Z");
    private static final Instant STARTED_AT = Instant.parse("2026-01-20T10:00:00Z");

    private final ParticipantId elena = ParticipantId.random();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final ParticipantViews views = mock(ParticipantViews.class);
    private final EventChainLinks links = mock(EventChainLinks.class);
    private final HistoryQueries queries =
            new HistoryQueries(new StreamHistories(events, JsonMapper.builder().build(), links), views);

    @AfterEach
    void stopEventStore() {
        events.shutDown();
    }

    @Test
    void listsEveryEventWithItsStoredNameSenderTimeAndPayload() {
        store(0, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), Map.of("recordedBy", "coach1"), ENROLLED_AT);
        store(1, new StageStarted(elena, Stage.COACHING, ENTRY.plusDays(5)), Map.of(), STARTED_AT);

        when(links.of(elena.toString())).thenReturn(Map.of(0L, "a".repeat(64), 1L, "b".repeat(64)));

        var entries = queries.handle(new FindParticipantHistory(AUDITOR, elena)).entries();

        assertThat(entries)
                .extracting(
                        HistoryEntry::sequence,
                        HistoryEntry::type,
                        HistoryEntry::recordedAt,
                        HistoryEntry::recordedBy,
                        HistoryEntry::hash)
                .containsExactly(
                        tuple(0L, "ParticipantEnrolled", ENROLLED_AT, "coach1", "a".repeat(64)),
                        tuple(1L, "StageStarted", STARTED_AT, "system", "b".repeat(64)));
        assertThat(entries.get(1).payload()).isEqualTo("""
                {"participantId":"%s","stage":"COACHING","startDate":"2026-01-20"}""".formatted(elena));
    }

    @Test
    void readsTheWholeStreamEvenWhenASnapshotWasTaken() {
        store(0, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), Map.of(), ENROLLED_AT);
        store(1, new StageStarted(elena, Stage.COACHING, ENTRY), Map.of(), STARTED_AT);
        events.storeSnapshot(new GenericDomainEventMessage<>("Participant", elena.toString(), 1, "snapshot"));

        var entries = queries.handle(new FindParticipantHistory(AUDITOR, elena)).entries();

        assertThat(entries).extracting(HistoryEntry::sequence).containsExactly(0L, 1L);
    }

    @Test
    void letsACoachReadTheTrailOfTheOwnParticipants() {
        store(0, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), Map.of(), ENROLLED_AT);
        when(views.coachOf(elena.value())).thenReturn(Optional.of("coach1"));

        assertThat(queries.handle(new FindParticipantHistory(coach("coach1"), elena))
                        .entries())
                .hasSize(1);
    }

    @Test
    void refusesACoachTheTrailOfAnotherCaseload() {
        store(0, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), Map.of(), ENROLLED_AT);
        when(views.coachOf(elena.value())).thenReturn(Optional.of("coach1"));

        assertThat(refusalFor(new FindParticipantHistory(coach("coach2"), elena)))
                .isEqualTo(Refusal.notYourCaseload(elena));
    }

    @Test
    void refusesAParticipantWithoutEvents() {
        var unknown = new ParticipantId(UUID.randomUUID());

        assertThat(refusalFor(new FindParticipantHistory(AUDITOR, unknown)))
                .isEqualTo(Refusal.unknownParticipant(unknown));
    }

    @Test
    void refusesACoachAParticipantTheViewDoesNotKnow() {
        when(views.coachOf(elena.value())).thenReturn(Optional.empty());

        assertThat(refusalFor(new FindParticipantHistory(coach("coach1"), elena)))
                .isEqualTo(Refusal.unknownParticipant(elena));
    }

    private void store(long sequence, Object payload, Map<String, ?> metaData, Instant at) {
        events.publish(new GenericDomainEventMessage<>(
                "Participant",
                elena.toString(),
                sequence,
                payload,
                metaData,
                UUID.randomUUID().toString(),
                at));
    }

    private Refusal refusalFor(FindParticipantHistory query) {
        var refused = catchThrowableOfType(QueryExecutionException.class, () -> queries.handle(query));
        return refused.<Refusal>getDetails().orElseThrow();
    }
}
