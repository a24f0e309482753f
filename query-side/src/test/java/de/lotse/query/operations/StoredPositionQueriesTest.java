package de.lotse.query.operations;

import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.api.operations.FindReadModelsCaughtUp;
import de.lotse.api.operations.FindStoredPosition;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredPositionQueriesTest {

    private final ReadSide readSide = new ReadSide();
    private final StoredPositionQueries queries = new StoredPositionQueries(
            readSide.axon.eventStore(),
            readSide.axon.eventProcessingConfiguration(),
            readSide.tokens,
            readSide.readModels);

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void answersTheNewestStoredEventsPosition() {
        assertThat(queries.handle(new FindStoredPosition())).isZero();

        Routes.walk(readSide, 3);

        assertThat(queries.handle(new FindStoredPosition()))
                .isEqualTo(readSide.head())
                .isEqualTo(readSide.jdbc
                        .sql("SELECT count(*) FROM domainevententry")
                        .query(Long.class)
                        .single());
    }

    @Test
    void answersCaughtUpOnlyOnceEveryReadModelHasAppliedTheEvents() {
        Routes.walk(readSide, 3);
        readSide.awaitLiveProcessorsAtHead();
        processor("caseload").shutDown();
        var before = queries.handle(new FindStoredPosition());

        var late = ParticipantId.random();
        readSide.append(enrolled(late, "Late", "Comer", "coach1", LocalDate.of(2026, 3, 1)));
        var after = queries.handle(new FindStoredPosition());
        var query = new FindReadModelsCaughtUp(before, after);

        await().atMost(ReadSide.PATIENCE)
                .until(() -> processor("participant-view").processingStatus().values().stream()
                        .allMatch(segment -> ProcessorTokens.positionOf(segment.getTrackingToken()) >= after));
        assertThat(queries.handle(query)).isFalse();
        assertThat(queries.handle(new FindReadModelsCaughtUp(0, before))).isTrue();

        processor("caseload").start();
        await().atMost(ReadSide.PATIENCE).until(() -> queries.handle(query));
        assertThat(readSide.rows("caseload")).anyMatch(row -> row.contains(late.toString()));
    }

    @Test
    void judgesASegmentThatHasSkippedAnUncommittedEventAsNotCaughtUp() {
        var skipped = GapAwareTrackingToken.newInstance(10, List.of(8L));

        assertThat(StoredPositionQueries.applied(skipped, 8, 10)).isTrue();
        assertThat(StoredPositionQueries.applied(skipped, 7, 10)).isFalse();
        assertThat(StoredPositionQueries.applied(skipped, 7, 11)).isFalse();
        assertThat(StoredPositionQueries.applied(GapAwareTrackingToken.newInstance(10, List.of()), 7, 10))
                .isTrue();
        assertThat(StoredPositionQueries.applied(
                        ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, List.of()), skipped),
                        7,
                        10))
                .isFalse();
        assertThat(StoredPositionQueries.applied(new GlobalSequenceTrackingToken(10), 7, 10))
                .isTrue();
        assertThat(StoredPositionQueries.applied(null, 0, 0)).isTrue();
        assertThat(StoredPositionQueries.applied(null, 0, 1)).isFalse();
    }

    private StreamingEventProcessor processor(String name) {
        return readSide.axon
                .eventProcessingConfiguration()
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
