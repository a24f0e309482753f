package de.lotse.query.participant;

import static de.lotse.api.participant.ParticipantView.StageStatus.ABORTED;
import static de.lotse.api.participant.ParticipantView.StageStatus.ACTIVE;
import static de.lotse.api.participant.ParticipantView.StageStatus.CLOSED_AT_EXIT;
import static de.lotse.api.participant.ParticipantView.StageStatus.COMPLETED;
import static de.lotse.query.testing.Events.AUDITOR;
import static de.lotse.query.testing.Events.LEAD;
import static de.lotse.query.testing.Events.coach;
import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Refusal;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.housing.FindParticipantHousing;
import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.ExitView;
import de.lotse.api.participant.ParticipantView.FollowUpView;
import de.lotse.api.participant.ParticipantView.HousingView;
import de.lotse.api.participant.ParticipantView.MobilityView;
import de.lotse.api.participant.ParticipantView.QualificationView;
import de.lotse.api.participant.ParticipantView.ReferralStatus;
import de.lotse.api.participant.ParticipantView.ReferralView;
import de.lotse.api.participant.ParticipantView.SituationView;
import de.lotse.api.participant.ParticipantView.StageView;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.provider.ProviderNameKey;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import de.lotse.query.provider.Providers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class ParticipantViewProjectionTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final LocalDate EXIT = LocalDate.of(2026, 6, 30);
    private static final LocalDate FOLLOW_UP_DUE = LocalDate.of(2026, 12, 30);

    private final ParticipantId elena = ParticipantId.random();

    private ParticipantViewProjection projection;
    private ParticipantQueries queries;
    private JdbcClient directoryTable;

    @BeforeEach
    void freshDatabase() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        var json = JsonMapper.builder().build();
        var views = new ParticipantViews(new NamedParameterJdbcTemplate(dataSource), json);
        projection = new ParticipantViewProjection(views, json);
        directoryTable = JdbcClient.create(dataSource);
        var housing = mock(QueryGateway.class);
        when(housing.query(any(FindParticipantHousing.class), ArgumentMatchers.<ResponseType<ParticipantHousing>>any()))
                .thenReturn(CompletableFuture.completedFuture(ParticipantHousing.NONE));
        queries = new ParticipantQueries(views, new Providers(new NamedParameterJdbcTemplate(dataSource)), housing);
        projection.on(enrolled(elena, "Elena", "Popescu", "coach1", ENTRY), 0);
    }

    @Test
    void showsEveryIntakeAnswerWithConsentAndNothingErased() {
        assertThat(view())
                .isEqualTo(new ParticipantView(
                        elena.toString(),
                        "Elena",
                        "Popescu",
                        LocalDate.of(1991, 3, 2),
                        "44147",
                        Gender.FEMALE,
                        ENTRY,
                        LabourStatus.LONG_TERM_UNEMPLOYED,
                        2,
                        "RO",
                        Answer.YES,
                        Answer.NO,
                        Answer.DECLINED,
                        Answer.NO,
                        false,
                        true,
                        "coach1",
                        false,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @Test
    void appliesIntakeCorrectionsToTheirFields() {
        correct(1, IntakeField.FIRST_NAME, "Elina");
        correct(2, IntakeField.DATE_OF_BIRTH, "1990-03-02");
        correct(3, IntakeField.LABOUR_STATUS, "UNEMPLOYED");
        correct(4, IntakeField.ISCED, null);
        correct(5, IntakeField.NATIONALITY, "XX");
        correct(6, IntakeField.MINORITY, "YES");
        correct(7, IntakeField.RURAL, "true");
        correct(8, IntakeField.ENTRY_DATE, "2026-01-20");

        var view = view();
        assertThat(view.firstName()).isEqualTo("Elina");
        assertThat(view.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 2));
        assertThat(view.labourStatus()).isEqualTo(LabourStatus.UNEMPLOYED);
        assertThat(view.isced()).isNull();
        assertThat(view.nationality()).isEqualTo("XX");
        assertThat(view.minority()).isEqualTo(Answer.YES);
        assertThat(view.rural()).isTrue();
        assertThat(view.entryDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void closesTheStagesStillActiveAtExitWithTheExitDate() {
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(new StageStarted(elena, Stage.QUALIFICATION, ENTRY.plusDays(7)), 2);
        projection.on(new StageCompleted(elena, Stage.QUALIFICATION, ENTRY.plusDays(60), "done"), 3);
        projection.on(
                new ParticipantExited(elena, EXIT, ExitReason.COMPLETED, List.of(Stage.COACHING), FOLLOW_UP_DUE), 4);

        assertThat(view().stages())
                .containsExactly(
                        new StageView(Stage.COACHING, CLOSED_AT_EXIT, ENTRY, EXIT),
                        new StageView(Stage.QUALIFICATION, COMPLETED, ENTRY.plusDays(7), ENTRY.plusDays(60)));
        assertThat(view().exit()).isEqualTo(new ExitView(EXIT, ExitReason.COMPLETED, FOLLOW_UP_DUE));
    }

    @Test
    void opensANewEntryWhenAStageStartsAgain() {
        projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
        projection.on(new StageStarted(elena, Stage.LANGUAGE_SUPPORT, ENTRY), 2);
        projection.on(new StageCompleted(elena, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(30), null), 3);
        projection.on(new StageStarted(elena, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(40)), 4);
        projection.on(new StageAborted(elena, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(50), "moved"), 5);

        assertThat(view().stages())
                .containsExactly(
                        new StageView(Stage.COACHING, ACTIVE, ENTRY, null),
                        new StageView(Stage.LANGUAGE_SUPPORT, COMPLETED, ENTRY, ENTRY.plusDays(30)),
                        new StageView(Stage.LANGUAGE_SUPPORT, ABORTED, ENTRY.plusDays(40), ENTRY.plusDays(50)));
    }

    @Test
    void keepsEachListInDateOrderAndSameDayEntriesInRecordingOrder() {
        var may = LocalDate.of(2026, 5, 2);
        var april = LocalDate.of(2026, 4, 30);
        projection.on(
                new QualificationRecorded(elena, may, "Forklift", Certificate.RECOGNISED, QualificationKind.VOCATIONAL),
                1);
        projection.on(
                new QualificationRecorded(
                        elena, april, "First aid", Certificate.ATTENDANCE_ONLY, QualificationKind.VOCATIONAL),
                2);
        projection.on(
                new QualificationRecorded(elena, may, "Welding", Certificate.MODULE, QualificationKind.VOCATIONAL), 3);
        projection.on(new LabourMarketSituationRecorded(elena, may, LabourMarketSituation.EMPLOYED, "30 h"), 4);
        projection.on(new LabourMarketSituationRecorded(elena, april, LabourMarketSituation.JOB_SEARCHING, null), 5);
        projection.on(new HousingSituationRecorded(elena, may, HousingSituation.OWN_TENANCY, null), 6);
        projection.on(new HousingSituationRecorded(elena, april, HousingSituation.HOMELESS, "shelter"), 7);

        assertThat(view().qualifications())
                .containsExactly(
                        new QualificationView(
                                april, "First aid", Certificate.ATTENDANCE_ONLY, QualificationKind.VOCATIONAL),
                        new QualificationView(may, "Forklift", Certificate.RECOGNISED, QualificationKind.VOCATIONAL),
                        new QualificationView(may, "Welding", Certificate.MODULE, QualificationKind.VOCATIONAL));
        assertThat(view().situations())
                .containsExactly(
                        new SituationView(april, LabourMarketSituation.JOB_SEARCHING, null),
                        new SituationView(may, LabourMarketSituation.EMPLOYED, "30 h"));
        assertThat(view().housing())
                .containsExactly(
                        new HousingView(april, HousingSituation.HOMELESS, "shelter"),
                        new HousingView(may, HousingSituation.OWN_TENANCY, null));
    }

    @Test
    void recordsTheFollowUp() {
        projection.on(new ParticipantExited(elena, EXIT, ExitReason.DROPPED_OUT, List.of(), FOLLOW_UP_DUE), 1);
        projection.on(new FollowUpRecorded(elena, EXIT.plusMonths(6), FollowUpSituation.EMPLOYED, true), 2);

        assertThat(view().followUp()).isEqualTo(new FollowUpView(EXIT.plusMonths(6), FollowUpSituation.EMPLOYED, true));
    }

    @Test
    void appliesARedeliveredEventOnlyOnce() {
        var qualification = new QualificationRecorded(
                elena, ENTRY, "Forklift", Certificate.RECOGNISED, QualificationKind.VOCATIONAL);
        projection.on(qualification, 1);
        projection.on(qualification, 1);
        projection.on(enrolled(elena, "Someone", "Else", "coach2", ENTRY), 0);

        assertThat(view().qualifications()).hasSize(1);
        assertThat(view().firstName()).isEqualTo("Elena");
    }

    @Test
    void refusesAnUnknownParticipant() {
        var unknown = ParticipantId.random();

        assertThat(refusalFor(new FindParticipant(LEAD, unknown))).isEqualTo(Refusal.unknownParticipant(unknown));
    }

    @Test
    void refusesACoachTheParticipantsOfAnotherCaseload() {
        assertThat(refusalFor(new FindParticipant(coach("coach2"), elena))).isEqualTo(Refusal.notYourCaseload(elena));
        assertThat(queries.handle(new FindParticipant(AUDITOR, elena)).coach()).isEqualTo("coach1");
    }

    @Test
    void followsTheParticipantIntoTheReassignedCoachsCaseload() {
        projection.on(new CoachReassigned(elena, "coach2"), 1);

        assertThat(queries.handle(new FindParticipant(coach("coach2"), elena)).coach())
                .isEqualTo("coach2");
        assertThat(refusalFor(new FindParticipant(coach("coach1"), elena))).isEqualTo(Refusal.notYourCaseload(elena));
    }

    @Test
    void writesWhatOneUnitOfWorkAppliedWhenItCommitsAndNothingWhenItRollsBack() {
        var jonas = ParticipantId.random();
        inOneUnitOfWork(() -> {
                    projection.on(enrolled(jonas, "Jonas", "Weber", "coach2", ENTRY), 0);
                    projection.on(new StageStarted(jonas, Stage.COACHING, ENTRY), 1);
                    projection.on(new StageStarted(elena, Stage.COACHING, ENTRY), 1);
                    projection.on(new StageCompleted(jonas, Stage.COACHING, ENTRY.plusDays(30), "done"), 2);
                    assertThat(refusalFor(new FindParticipant(LEAD, jonas)))
                            .isEqualTo(Refusal.unknownParticipant(jonas));
                })
                .commit();

        assertThat(queries.handle(new FindParticipant(LEAD, jonas)).stages())
                .containsExactly(new StageView(Stage.COACHING, COMPLETED, ENTRY, ENTRY.plusDays(30)));
        assertThat(view().stages()).containsExactly(new StageView(Stage.COACHING, ACTIVE, ENTRY, null));

        inOneUnitOfWork(() -> projection.on(new StageCompleted(elena, Stage.COACHING, ENTRY.plusDays(9), null), 2))
                .rollback();

        assertThat(view().stages()).containsExactly(new StageView(Stage.COACHING, ACTIVE, ENTRY, null));
    }

    @Test
    void keepsARowThatHasSeenMoreWhenABatchIsDeliveredAgainFromTheFirstEvent() {
        var jonas = ParticipantId.random();
        inOneUnitOfWork(() -> {
                    projection.on(enrolled(jonas, "Jonas", "Weber", "coach2", ENTRY), 0);
                    projection.on(new StageStarted(jonas, Stage.COACHING, ENTRY), 1);
                    projection.on(new CoachReassigned(jonas, "coach3"), 2);
                })
                .commit();

        inOneUnitOfWork(() -> {
                    projection.on(enrolled(jonas, "Jonas", "Weber", "coach2", ENTRY), 0);
                    projection.on(new StageStarted(jonas, Stage.COACHING, ENTRY), 1);
                })
                .commit();

        var view = queries.handle(new FindParticipant(LEAD, jonas));
        assertThat(view.coach()).isEqualTo("coach3");
        assertThat(view.stages()).hasSize(1);
    }

    @Test
    void forgetsEveryParticipantOnReset() {
        projection.reset();

        assertThat(refusalFor(new FindParticipant(LEAD, elena))).isEqualTo(Refusal.unknownParticipant(elena));
    }

    @Test
    void showsTheKindOfEachQualification() {
        projection.on(
                new QualificationRecorded(
                        elena, ENTRY, "Tenancy course", Certificate.MODULE, QualificationKind.HOUSING),
                1);

        assertThat(view().qualifications())
                .containsExactly(
                        new QualificationView(ENTRY, "Tenancy course", Certificate.MODULE, QualificationKind.HOUSING));
    }

    @Test
    void listsReferralsInDateOrderOpenUntilClosedWithTheirOutcome() {
        var april = LocalDate.of(2026, 4, 1);
        var may = LocalDate.of(2026, 5, 1);
        var health = ReferralId.random();
        var debt = ReferralId.random();
        projection.on(referral(health, may, ReferralArea.HEALTH, "Gesundheitsamt Dortmund"), 1);
        projection.on(referral(debt, april, ReferralArea.DEBT, "Schuldnerberatung Nord"), 2);
        projection.on(
                new ReferralClosed(elena, health, may.plusDays(20), ReferralOutcome.NOT_RESOLVED, "waiting list"), 3);

        assertThat(view().referrals())
                .containsExactly(
                        new ReferralView(
                                debt.toString(),
                                april,
                                ReferralArea.DEBT,
                                "Schuldnerberatung Nord",
                                false,
                                ReferralStatus.OPEN,
                                null,
                                null,
                                "note",
                                null),
                        new ReferralView(
                                health.toString(),
                                may,
                                ReferralArea.HEALTH,
                                "Gesundheitsamt Dortmund",
                                false,
                                ReferralStatus.CLOSED,
                                ReferralOutcome.NOT_RESOLVED,
                                may.plusDays(20),
                                "note",
                                "waiting list"));
    }

    @Test
    void marksAReferralToAProviderTheDirectoryListsWhateverItsSpelling() {
        var listed = ReferralId.random();
        var unlisted = ReferralId.random();
        projection.on(referral(listed, ENTRY, ReferralArea.HEALTH, "gesundheitsamt  DORTMUND"), 1);
        projection.on(referral(unlisted, ENTRY, ReferralArea.LEGAL, "Rechtsanwältin am Markt"), 2);

        listInDirectory("Gesundheitsamt Dortmund");

        assertThat(view().referrals())
                .extracting(ReferralView::provider, ReferralView::inDirectory)
                .containsExactly(tuple("gesundheitsamt  DORTMUND", true), tuple("Rechtsanwältin am Markt", false));
    }

    @Test
    void listsMobilitySupportInDateOrder() {
        projection.on(
                new MobilitySupportRecorded(
                        elena, ENTRY.plusDays(9), MobilityKind.TICKET, null, new BigDecimal("49.00"), null),
                1);
        projection.on(
                new MobilitySupportRecorded(
                        elena, ENTRY.plusDays(3), MobilityKind.TRAVEL_COSTS, "Münsterland", null, "interview"),
                2);

        assertThat(view().mobility())
                .containsExactly(
                        new MobilityView(
                                ENTRY.plusDays(3), MobilityKind.TRAVEL_COSTS, "Münsterland", null, "interview"),
                        new MobilityView(ENTRY.plusDays(9), MobilityKind.TICKET, null, new BigDecimal("49.00"), null));
    }

    @Test
    void dropsTheFreeTextOfReferralsAndMobilityAtErasureAndKeepsTheirKinds() {
        var health = ReferralId.random();
        projection.on(referral(health, ENTRY, ReferralArea.HEALTH, "Gesundheitsamt Dortmund"), 1);
        projection.on(new ReferralClosed(elena, health, ENTRY.plusDays(5), ReferralOutcome.NOT_RESOLVED, "no GP"), 2);
        projection.on(
                new MobilitySupportRecorded(elena, ENTRY, MobilityKind.RELOCATION, "Münsterland", null, "moving"), 3);
        projection.on(new PersonalDataErased(elena, "request", true), 4);

        var referral = view().referrals().get(0);
        assertThat(referral.note()).isEqualTo("[erased]");
        assertThat(referral.reason()).isEqualTo("[erased]");
        assertThat(referral.area()).isEqualTo(ReferralArea.HEALTH);
        assertThat(referral.outcome()).isEqualTo(ReferralOutcome.NOT_RESOLVED);
        assertThat(view().mobility())
                .containsExactly(new MobilityView(ENTRY, MobilityKind.RELOCATION, "[erased]", null, "[erased]"));
    }

    private ReferralMade referral(ReferralId id, LocalDate date, ReferralArea area, String provider) {
        return new ReferralMade(elena, id, date, area, provider, "note");
    }

    private void listInDirectory(String name) {
        directoryTable
                .sql("""
                        INSERT INTO provider_directory (provider_id, name, name_key, areas, address, languages)
                        VALUES (?, ?, ?, ARRAY['HEALTH'], 'Hövelstraße 8', ARRAY['de'])""")
                .params(UUID.randomUUID(), name, ProviderNameKey.of(name).value())
                .update();
    }

    /** Applies the events as a processor applies a batch: in one unit of work, left open for the test to end. */
    private static UnitOfWork<?> inOneUnitOfWork(Runnable events) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.run();
        return unitOfWork;
    }

    private ParticipantView view() {
        return queries.handle(new FindParticipant(LEAD, elena));
    }

    private void correct(long sequence, IntakeField field, @Nullable String value) {
        projection.on(new IntakeCorrected(elena, field, value, "typo at intake", 35), sequence);
    }

    private Refusal refusalFor(FindParticipant query) {
        var refused = catchThrowableOfType(QueryExecutionException.class, () -> queries.handle(query));
        return refused.<Refusal>getDetails().orElseThrow();
    }
}
