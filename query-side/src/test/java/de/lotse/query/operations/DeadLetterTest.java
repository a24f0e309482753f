package de.lotse.query.operations;

import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.operations.EvictParkedEvents;
import de.lotse.api.operations.FindParkedEvents;
import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ParkedEvent;
import de.lotse.api.operations.ParkedRetry;
import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.RetryParkedEvents;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.query.system.QuerySideConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One participant's event that a read model cannot apply parks that participant's events of that
 * read model, in order, while the other participants' events, even in the same segment and batch,
 * and the other read models go on; an admin lists the parked events, retries them once the cause is
 * fixed, or drops them. The poison is injected from outside the code under test: a trigger that
 * refuses the caseload row of one participant (a database error, raised only when the batch's rows
 * are written), or an event whose value no handler can parse (an exception in the handler).
 */
class DeadLetterTest {

    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));
    private static final LocalDate ENTRY = LocalDate.of(2026, 2, 2);

    private final ReadSide readSide = new ReadSide();
    private final ParkedEvents parkedEvents = readSide.parkedEvents();
    private final ParticipantId refused = ParticipantId.random();
    private final ParticipantId other = inTheSameSegmentAs(refused);

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void parksTheLaterEventsOfAParticipantWhoseRowTheDatabaseRefusesAndGoesOnWithTheOthers() {
        enrolBoth();
        refuseCaseloadChangesOf(refused);

        readSide.append(
                new StageStarted(refused, Stage.COACHING, ENTRY.plusDays(1)),
                new StageStarted(other, Stage.COACHING, ENTRY.plusDays(1)),
                new StageStarted(refused, Stage.QUALIFICATION, ENTRY.plusDays(2)),
                new StageStarted(other, Stage.QUALIFICATION, ENTRY.plusDays(2)));
        readSide.awaitLiveProcessorsAtHead();

        assertThat(activeStages(other)).containsExactly("COACHING", "QUALIFICATION");
        assertThat(activeStages(refused)).isEmpty();
        assertThat(parked())
                .extracting(
                        ParkedEvent::readModel,
                        ParkedEvent::participantId,
                        ParkedEvent::eventType,
                        ParkedEvent::sequence,
                        ParkedEvent::errorType)
                .containsExactly(
                        tuple("caseload", refused.toString(), "StageStarted", 1L, "PSQLException"),
                        tuple("caseload", refused.toString(), "StageStarted", 2L, null));
        assertThat(parked().get(0).error()).contains("caseload refused");
        assertThat(status())
                .extracting(ProjectionStatus::name, ProjectionStatus::parked, ProjectionStatus::stalled)
                .containsExactly(tuple("caseload", 2L, null), tuple("participant-view", 0L, null));
    }

    @Test
    void appliesTheParkedEventsInOrderOnceTheCauseIsFixed() {
        enrolBoth();
        refuseCaseloadChangesOf(refused);
        readSide.append(
                new StageStarted(refused, Stage.COACHING, ENTRY.plusDays(1)),
                new StageStarted(refused, Stage.QUALIFICATION, ENTRY.plusDays(2)));
        readSide.awaitLiveProcessorsAtHead();

        var stillRefused = parkedEvents.handle(new RetryParkedEvents("caseload", refused.toString()));
        assertThat(stillRefused).isEqualTo(new ParkedRetry(0, 2));
        readSide.jdbc.sql("DROP TRIGGER refuse ON caseload").update();
        var retried = parkedEvents.handle(new RetryParkedEvents("caseload", refused.toString()));

        assertThat(retried).isEqualTo(new ParkedRetry(2, 0));
        assertThat(activeStages(refused)).containsExactly("COACHING", "QUALIFICATION");
        assertThat(parked()).isEmpty();
        readSide.append(new StageStarted(refused, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(3)));
        readSide.awaitLiveProcessorsAtHead();
        assertThat(activeStages(refused)).containsExactly("COACHING", "QUALIFICATION", "LANGUAGE_SUPPORT");
    }

    @Test
    void parksAnEventItsHandlerCannotApplyAndDropsItOnEviction() {
        enrolBoth();

        readSide.append(
                new IntakeCorrected(refused, IntakeField.ENTRY_DATE, "not a date", "crafted", 35),
                new StageStarted(refused, Stage.COACHING, ENTRY.plusDays(1)),
                new StageStarted(other, Stage.COACHING, ENTRY.plusDays(1)));
        readSide.awaitLiveProcessorsAtHead();

        assertThat(activeStages(other)).containsExactly("COACHING");
        assertThat(parked())
                .extracting(ParkedEvent::readModel, ParkedEvent::eventType, ParkedEvent::sequence)
                .contains(tuple("caseload", "IntakeCorrected", 1L), tuple("caseload", "StageStarted", 2L));
        assertThat(parked().get(0).errorType()).isEqualTo("DateTimeParseException");

        parkedEvents.handle(new EvictParkedEvents("caseload", refused.toString()));

        assertThat(parked()).noneMatch(event -> event.readModel().equals("caseload"));
        assertThat(activeStages(refused)).isEmpty();
        readSide.append(new StageStarted(refused, Stage.QUALIFICATION, ENTRY.plusDays(2)));
        readSide.awaitLiveProcessorsAtHead();
        assertThat(activeStages(refused)).containsExactly("QUALIFICATION");
    }

    @Test
    void refusesToRetryOrEvictWhereNothingIsParked() {
        var retry = catchThrowableOfType(
                CommandExecutionException.class,
                () -> parkedEvents.handle(new RetryParkedEvents("caseload", refused.toString())));
        var evict = catchThrowableOfType(
                CommandExecutionException.class,
                () -> parkedEvents.handle(new EvictParkedEvents("no-such-read-model", refused.toString())));

        assertThat(retry.<NothingParked>getDetails()).contains(new NothingParked("caseload", refused.toString()));
        assertThat(evict.<NothingParked>getDetails()).isPresent();
    }

    @Test
    void refusesToListParkedEventsToAnEvaluator() {
        var evaluator = new Caller("evaluator", Set.of(Role.EVALUATOR));

        var refusal = catchThrowableOfType(
                QueryExecutionException.class, () -> parkedEvents.handle(new FindParkedEvents(evaluator)));

        assertThat(refusal.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    private void enrolBoth() {
        readSide.append(enrolled(refused, "Anna", "Poison", "coach1", ENTRY));
        readSide.append(enrolled(other, "Ben", "Fine", "coach1", ENTRY));
        readSide.awaitLiveProcessorsAtHead();
    }

    /** A trigger, as a broken row or constraint would, refuses every change of the participant's caseload row. */
    private void refuseCaseloadChangesOf(ParticipantId participant) {
        readSide.jdbc.sql("""
                        CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN RAISE EXCEPTION 'caseload refused'; END $$""").update();
        readSide.jdbc.sql("""
                        CREATE TRIGGER refuse BEFORE UPDATE ON caseload FOR EACH ROW
                        WHEN (NEW.participant_id = '%s') EXECUTE FUNCTION refuse()""".formatted(participant)).update();
    }

    private List<String> activeStages(ParticipantId participant) {
        return readSide.jdbc
                .sql("SELECT unnest(active_stages) FROM caseload WHERE participant_id = :id")
                .param("id", participant.value())
                .query(String.class)
                .list();
    }

    private List<ParkedEvent> parked() {
        return parkedEvents.handle(new FindParkedEvents(ADMIN));
    }

    private List<ProjectionStatus> status() {
        var queries = new ProjectionStatusQueries(
                readSide.axon.eventProcessingConfiguration(),
                readSide.axon.eventStore(),
                readSide.tokens,
                readSide.rebuilds(10),
                readSide.failures,
                parkedEvents);
        return queries.handle(new FindProjectionStatus(ADMIN));
    }

    /** Another participant whose events the same segment applies, so often in the same batch. */
    private static ParticipantId inTheSameSegmentAs(ParticipantId participant) {
        var mask = QuerySideConfiguration.SEGMENTS - 1;
        while (true) {
            var candidate = ParticipantId.random();
            if ((candidate.toString().hashCode() & mask)
                    == (participant.toString().hashCode() & mask)) {
                return candidate;
            }
        }
    }
}
