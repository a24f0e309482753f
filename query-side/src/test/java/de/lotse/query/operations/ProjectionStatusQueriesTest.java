package de.lotse.query.operations;

import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.participant.ParticipantId;
import de.lotse.query.system.QuerySideConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectionStatusQueriesTest {

    private static final FindProjectionStatus QUERY =
            new FindProjectionStatus(new Caller("evaluator", Set.of(Role.EVALUATOR)));

    private final ReadSide readSide = new ReadSide();

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void reportsEveryProcessorAtTheHeadOnceItHasCaughtUp() {
        Routes.walk(readSide, 5);
        readSide.awaitLiveProcessorsAtHead();
        var head = readSide.head();

        assertThat(status(readSide.rebuilds(10)))
                .containsExactly(
                        new ProjectionStatus("caseload", head, head, 1.0, false, null, null, 0, null),
                        new ProjectionStatus("participant-view", head, head, 1.0, false, null, null, 0, null));
        assertThat(head).isEqualTo(eventCount());
    }

    @Test
    void reportsTheSlowestSegmentOfAProcessorBehindTheHead() {
        Routes.walk(readSide, 4);
        readSide.awaitLiveProcessorsAtHead();
        var reached = readSide.head();
        processor("caseload").shutDown();

        Routes.walk(readSide, 4);
        readSide.append(enrolled(ParticipantId.random(), "Late", "Comer", "coach1", LocalDate.of(2026, 3, 1)));

        var head = readSide.head();
        var caseload = status(readSide.rebuilds(10)).get(0);
        assertThat(caseload.position()).isEqualTo(reached);
        assertThat(caseload.head()).isEqualTo(head).isGreaterThan(reached);
        assertThat(caseload.progress()).isEqualTo((double) reached / head);
    }

    @Test
    void reportsFullProgressWhileNothingIsStored() {
        await().atMost(ReadSide.PATIENCE)
                .until(() -> processor("caseload").processingStatus().size() == QuerySideConfiguration.SEGMENTS);

        assertThat(status(readSide.rebuilds(10)))
                .extracting(ProjectionStatus::position, ProjectionStatus::head, ProjectionStatus::progress)
                .containsOnly(Tuple.tuple(0L, 0L, 1.0));
    }

    @Test
    void reportsARunningRebuildWithHowFarItHasGot() throws InterruptedException {
        Routes.walk(readSide, 4);
        readSide.awaitLiveProcessorsAtHead();
        var pausing = new PausingRebuilds(readSide, 3);
        var rebuilds = pausing.rebuilds;
        rebuilds.start("participant-view");
        pausing.paused.await();

        var statuses = status(rebuilds);

        assertThat(statuses.get(0).replaying()).isFalse();
        var views = statuses.get(1);
        assertThat(views.replaying()).isTrue();
        assertThat(views.rebuild()).isNotNull();
        assertThat(views.rebuild().eventsApplied()).isEqualTo(3 * 2);
        assertThat(views.rebuild().position()).isBetween(6L, views.head() - 1);
        assertThat(views.rebuild().progress())
                .isEqualTo((double) views.rebuild().position() / views.head());
        pausing.resume.countDown();
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("participant-view").isEmpty());
    }

    @Test
    void reportsAProcessorThatCannotApplyAnEventAsStalledUntilItRecovers() {
        Routes.walk(readSide, 2);
        readSide.awaitLiveProcessorsAtHead();
        readSide.jdbc.sql("ALTER TABLE caseload RENAME TO caseload_away").update();

        readSide.append(enrolled(ParticipantId.random(), "Stuck", "Event", "coach1", LocalDate.of(2026, 3, 1)));

        await().atMost(ReadSide.PATIENCE)
                .until(() -> status(readSide.rebuilds(10)).get(0).stalled() != null);
        var caseload = status(readSide.rebuilds(10)).get(0);
        assertThat(caseload.stalled().error()).contains("caseload");
        assertThat(caseload.position()).isLessThan(caseload.head());
        assertThat(status(readSide.rebuilds(10)).get(1).stalled()).isNull();

        readSide.jdbc.sql("ALTER TABLE caseload_away RENAME TO caseload").update();

        readSide.awaitLiveProcessorsAtHead();
        await().atMost(ReadSide.PATIENCE)
                .until(() -> status(readSide.rebuilds(10)).get(0).stalled() == null);
        assertThat(readSide.rows("caseload")).hasSize(3);
    }

    @Test
    void refusesACoach() {
        var coach = new FindProjectionStatus(new Caller("coach1", Set.of(Role.COACH)));
        var queries = new ProjectionStatusQueries(
                readSide.axon.eventProcessingConfiguration(),
                readSide.axon.eventStore(),
                readSide.tokens,
                readSide.rebuilds(10),
                readSide.failures,
                readSide.parkedEvents());
        var refused = catchThrowableOfType(QueryExecutionException.class, () -> queries.handle(coach));
        assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    private List<ProjectionStatus> status(ProjectionRebuilds rebuilds) {
        var queries = new ProjectionStatusQueries(
                readSide.axon.eventProcessingConfiguration(),
                readSide.axon.eventStore(),
                readSide.tokens,
                rebuilds,
                readSide.failures,
                readSide.parkedEvents());
        return queries.handle(QUERY);
    }

    private StreamingEventProcessor processor(String name) {
        return readSide.axon
                .eventProcessingConfiguration()
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private long eventCount() {
        return readSide.jdbc
                .sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
