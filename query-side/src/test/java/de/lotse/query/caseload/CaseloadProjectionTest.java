package de.lotse.query.caseload;

import static de.lotse.query.testing.Events.LEAD;
import static de.lotse.query.testing.Events.coach;
import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.housing.FindHousingCandidates;
import de.lotse.api.housing.HousingCandidate;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class CaseloadProjectionTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final LocalDate EXIT = LocalDate.of(2026, 6, 30);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 30);

    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantId jonas = ParticipantId.random();

    private Caseload caseload;
    private CaseloadProjection projection;

    @BeforeEach
    void freshDatabase() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        caseload = new Caseload(new NamedParameterJdbcTemplate(dataSource));
        projection = new CaseloadProjection(caseload);
    }

    @Test
    void listsAnEnrolledParticipantAsActiveWithoutStages() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);

        assertThat(find(LEAD, null, null, null).items())
                .containsExactly(new CaseloadEntry(
                        elena.toString(),
                        "Elena Popescu",
                        "coach1",
                        ParticipantStatus.ACTIVE,
                        ENTRY,
                        null,
                        List.of(),
                        false));
    }

    @Test
    void showsACoachOnlyTheOwnCaseloadWhateverCoachIsAskedFor() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach2", ENTRY), 0);

        assertThat(ids(find(coach("coach1"), null, null, null))).containsExactly(elena.toString());
        assertThat(ids(query(new FindCaseload(coach("coach1"), "coach2", null, null, null, null, 0, 50))))
                .containsExactly(elena.toString());
    }

    @Test
    void showsATeamLeadEveryCaseloadOrOneCoachsOnRequest() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach2", ENTRY), 0);

        assertThat(find(LEAD, null, null, null).total()).isEqualTo(2);
        assertThat(ids(query(new FindCaseload(LEAD, "coach2", null, null, null, null, 0, 50))))
                .containsExactly(jonas.toString());
    }

    @Test
    void movesAParticipantToTheReassignedCoach() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new CoachReassigned(elena, "coach2"), 1);

        assertThat(find(coach("coach1"), null, null, null).items()).isEmpty();
        assertThat(find(coach("coach2"), null, null, null).items())
                .extracting(CaseloadEntry::coach)
                .containsExactly("coach2");
    }

    @Test
    void keepsActiveStagesInStageOrderUntilTheyEnd() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(new StageStarted(elena, Stage.JOB_PLACEMENT, ENTRY), 2);
        projection.on(new StageStarted(elena, Stage.QUALIFICATION, ENTRY), 3);
        projection.on(new StageStarted(elena, Stage.LANGUAGE_SUPPORT, ENTRY), 4);
        projection.on(new StageCompleted(elena, Stage.QUALIFICATION, ENTRY.plusDays(9), null), 5);
        projection.on(new StageAborted(elena, Stage.JOB_PLACEMENT, ENTRY.plusDays(9), "moved"), 6);

        assertThat(single().activeStages()).containsExactly(Stage.COACHING, Stage.LANGUAGE_SUPPORT);
    }

    @Test
    void marksAnExitedParticipantWithExitDateAndNoActiveStages() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(
                new ParticipantExited(elena, EXIT, ExitReason.COMPLETED, List.of(Stage.COACHING), EXIT.plusMonths(6)),
                2);

        var entry = single();
        assertThat(entry.status()).isEqualTo(ParticipantStatus.EXITED);
        assertThat(entry.exitDate()).isEqualTo(EXIT);
        assertThat(entry.activeStages()).isEmpty();
    }

    @Test
    void filtersByStatus() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY), 0);
        projection.on(new ParticipantExited(jonas, EXIT, ExitReason.MOVED_AWAY, List.of(), EXIT.plusMonths(6)), 1);

        assertThat(ids(find(LEAD, ParticipantStatus.EXITED, null, null))).containsExactly(jonas.toString());
        assertThat(ids(find(LEAD, ParticipantStatus.ACTIVE, null, null))).containsExactly(elena.toString());
    }

    @Test
    void filtersByAStageTheParticipantIsActiveIn() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(new StageStarted(elena, Stage.LANGUAGE_SUPPORT, ENTRY), 2);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY), 0);
        projection.on(new StageStarted(jonas, Stage.LANGUAGE_SUPPORT, ENTRY), 1);
        projection.on(new StageCompleted(jonas, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(30), null), 2);

        assertThat(ids(onStage(Stage.COACHING))).containsExactly(elena.toString());
        assertThat(ids(onStage(Stage.LANGUAGE_SUPPORT))).containsExactly(elena.toString());
        assertThat(onStage(Stage.LANGUAGE_SUPPORT).total()).isEqualTo(1);
        assertThat(onStage(Stage.HOUSING_INTEGRATION).items()).isEmpty();
    }

    @Test
    void marksTheFollowUpDueWhenItFellDue() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY), 0);
        projection.on(new ParticipantExited(elena, EXIT, ExitReason.COMPLETED, List.of(), EXIT.plusMonths(6)), 1);
        assertThat(dueFilter()).isEmpty();

        projection.on(new FollowUpBecameDue(elena, DUE), 2);

        assertThat(entryOf(elena).followUpDue()).isTrue();
        assertThat(dueFilter()).containsExactly(elena.toString());
        assertThat(ids(find(LEAD, null, false, null))).containsExactly(jonas.toString());
    }

    @Test
    void clearsTheFollowUpDueOnceAnyFollowUpIsRecordedEvenUnreachable() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new ParticipantExited(elena, EXIT, ExitReason.COMPLETED, List.of(), EXIT.plusMonths(6)), 1);
        projection.on(new FollowUpBecameDue(elena, DUE), 2);

        projection.on(new FollowUpRecorded(elena, DUE.plusMonths(2), FollowUpSituation.UNREACHABLE, false), 3);

        assertThat(single().followUpDue()).isFalse();
        assertThat(dueFilter()).isEmpty();
    }

    @Test
    void marksNothingDueWithoutTheEventHoweverLongAgoTheExitWas() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY.minusYears(3)), 0);
        projection.on(
                new ParticipantExited(
                        elena,
                        EXIT.minusYears(3),
                        ExitReason.COMPLETED,
                        List.of(),
                        EXIT.minusYears(3).plusMonths(6)),
                1);

        assertThat(single().followUpDue()).isFalse();
        assertThat(dueFilter()).isEmpty();
    }

    @Test
    void ignoresAFollowUpFallingDueThatItHasAlreadyPassed() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new ParticipantExited(elena, EXIT, ExitReason.COMPLETED, List.of(), EXIT.plusMonths(6)), 1);
        projection.on(new FollowUpBecameDue(elena, DUE), 2);
        projection.on(new FollowUpRecorded(elena, DUE.plusDays(3), FollowUpSituation.EMPLOYED, true), 3);

        projection.on(new FollowUpBecameDue(elena, DUE), 2);

        assertThat(single().followUpDue()).isFalse();
    }

    @Test
    void findsParticipantsByAnyPartOfTheNameIgnoringCase() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY), 0);

        assertThat(ids(find(LEAD, null, null, "na pop"))).containsExactly(elena.toString());
        assertThat(ids(find(LEAD, null, null, "BERG"))).containsExactly(jonas.toString());
        assertThat(ids(find(LEAD, null, null, "100%"))).isEmpty();
    }

    @Test
    void pagesNewestEntryFirstAndCountsEveryMatch() {
        var names = List.of("Anna", "Bert", "Cleo", "Dana", "Emil");
        for (var i = 0; i < names.size(); i++) {
            projection.on(enrolled(ParticipantId.random(), names.get(i), "Test", "coach1", ENTRY.plusDays(i)), 0);
        }
        projection.on(enrolled(ParticipantId.random(), "Aaron", "Test", "coach1", ENTRY.plusDays(4)), 0);

        var second = query(new FindCaseload(LEAD, null, null, null, null, null, 1, 2));
        var beyond = query(new FindCaseload(LEAD, null, null, null, null, null, 3, 2));

        assertThat(second.items()).extracting(CaseloadEntry::displayName).containsExactly("Dana Test", "Cleo Test");
        assertThat(second.total()).isEqualTo(6);
        assertThat(query(new FindCaseload(LEAD, null, null, null, null, null, 0, 2))
                        .items())
                .extracting(CaseloadEntry::displayName)
                .containsExactly("Aaron Test", "Emil Test");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
    }

    @Test
    void offersHousingToEveryActiveParticipantForAHousingOfficerAndTheOwnForACoach() {
        var mira = ParticipantId.random();
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(enrolled(jonas, "Jonas", "Berg", "coach2", ENTRY.plusDays(1)), 0);
        projection.on(enrolled(mira, "Mira", "Pop", "coach1", ENTRY.plusDays(2)), 0);
        projection.on(new ParticipantExited(mira, EXIT, ExitReason.COMPLETED, List.of(), EXIT.plusMonths(6)), 1);
        var officer = new Caller("housing", Set.of(Role.HOUSING));

        assertThat(candidates(officer, null))
                .containsExactly(
                        new HousingCandidate(jonas.toString(), "Jonas Berg"),
                        new HousingCandidate(elena.toString(), "Elena Popescu"));
        assertThat(candidates(officer, " pop "))
                .containsExactly(new HousingCandidate(elena.toString(), "Elena Popescu"));
        assertThat(candidates(coach("coach1"), null))
                .extracting(HousingCandidate::participantId)
                .containsExactly(elena.toString());
        assertThat(candidates(LEAD, "BERG"))
                .extracting(HousingCandidate::participantId)
                .containsExactly(jonas.toString());
    }

    @Test
    void refusesHousingCandidatesToAnAuditor() {
        var auditor = new Caller("auditor", Set.of(Role.AUDITOR));

        var refused = catchThrowableOfType(
                QueryExecutionException.class,
                () -> new CaseloadQueries(caseload).handle(new FindHousingCandidates(auditor, null)));

        assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    @Test
    void appliesCorrectionsOfNameAndEntryDate() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new IntakeCorrected(elena, IntakeField.FIRST_NAME, "Elina", "typo", 34), 1);
        projection.on(new IntakeCorrected(elena, IntakeField.LAST_NAME, "Popesco", "typo", 34), 2);
        projection.on(new IntakeCorrected(elena, IntakeField.ENTRY_DATE, "2026-01-20", "typo", 34), 3);
        projection.on(new IntakeCorrected(elena, IntakeField.ISCED, null, "unknown after all", 34), 4);

        assertThat(single().displayName()).isEqualTo("Elina Popesco");
        assertThat(single().entryDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void ignoresAnEventItHasAlreadyApplied() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(new StageCompleted(elena, Stage.COACHING, ENTRY.plusDays(5), null), 2);

        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(enrolled(elena, "Elena", "Popescu", "coach9", ENTRY), 0);

        assertThat(single().activeStages()).isEmpty();
        assertThat(single().coach()).isEqualTo("coach1");
    }

    @Test
    void forgetsEveryParticipantOnReset() {
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);

        projection.reset();

        assertThat(find(LEAD, null, null, null).total()).isZero();
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
        assertThat(find(LEAD, null, null, null).total()).isEqualTo(1);
    }

    private CaseloadPage find(
            Caller caller, @Nullable ParticipantStatus status, @Nullable Boolean followUpDue, @Nullable String q) {
        return query(new FindCaseload(caller, null, status, null, followUpDue, q, 0, 50));
    }

    private CaseloadPage onStage(Stage stage) {
        return query(new FindCaseload(LEAD, null, null, stage, null, null, 0, 50));
    }

    private List<HousingCandidate> candidates(Caller caller, String name) {
        return new CaseloadQueries(caseload).handle(new FindHousingCandidates(caller, name));
    }

    private CaseloadPage query(FindCaseload query) {
        return new CaseloadQueries(caseload).handle(query);
    }

    private CaseloadEntry single() {
        var items = find(LEAD, null, null, null).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private CaseloadEntry entryOf(ParticipantId id) {
        return find(LEAD, null, null, null).items().stream()
                .filter(entry -> entry.id().equals(id.toString()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> dueFilter() {
        return ids(find(LEAD, null, true, null));
    }

    private static List<String> ids(CaseloadPage page) {
        return page.items().stream().map(CaseloadEntry::id).toList();
    }
}
