package de.lotse.query.worklist;

import static de.lotse.query.testing.Events.LEAD;
import static de.lotse.query.testing.Events.coach;
import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.api.access.Caller;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.HousingEvent;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.api.worklist.FindWorklist;
import de.lotse.api.worklist.WorklistItem;
import de.lotse.api.worklist.WorklistKind;
import de.lotse.api.worklist.WorklistPage;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class WorklistProjectionTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final LocalDate EXIT = LocalDate.of(2026, 6, 30);
    private static final LocalDate FOLLOW_UP_DUE = LocalDate.of(2026, 12, 30);

    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantId jonas = ParticipantId.random();

    private Worklist worklist;
    private WorklistProjection projection;

    @BeforeEach
    void freshDatabase() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        worklist = new Worklist(new NamedParameterJdbcTemplate(dataSource));
        projection = new WorklistProjection(
                worklist,
                List.of(
                        new FollowUpDueRule(),
                        new NoStepRule(),
                        new ReferralOpenRule(),
                        new OfferResponseRule(),
                        new TenancyCheckRule()));
    }

    @Test
    void showsAParticipantWithoutAStepFromTheSixtiethDayAfterTheLastRecording() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));

        assertThat(itemsOn(ENTRY.plusDays(59), LEAD)).isEmpty();
        assertThat(itemsOn(ENTRY.plusDays(60), LEAD))
                .containsExactly(
                        item(elena, "Elena Popescu", "coach1", WorklistKind.NO_STEP, ENTRY.plusDays(60), ENTRY));
    }

    @Test
    void movesTheMissingStepOnWithEveryRecordingButNotWithACoachReassignment() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, ENTRY.plusDays(30), new StageStarted(elena, Stage.COACHING, ENTRY.plusDays(1)));
        record(elena, 2, ENTRY.plusDays(50), new CoachReassigned(elena, "coach2"));

        assertThat(itemsOn(ENTRY.plusDays(89), LEAD)).isEmpty();
        assertThat(itemsOn(ENTRY.plusDays(90), LEAD))
                .extracting(WorklistItem::kind, WorklistItem::coach, WorklistItem::dueOn)
                .containsExactly(tuple(WorklistKind.NO_STEP, "coach2", ENTRY.plusDays(90)));
    }

    @Test
    void endsTheMissingStepWithTheExitAndShowsTheFollowUpFromItsDueDateUntilOneIsRecorded() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, EXIT, exited(elena));

        assertThat(itemsOn(FOLLOW_UP_DUE.minusDays(1), LEAD)).isEmpty();
        assertThat(itemsOn(FOLLOW_UP_DUE, LEAD))
                .containsExactly(
                        item(elena, "Elena Popescu", "coach1", WorklistKind.FOLLOW_UP_DUE, FOLLOW_UP_DUE, EXIT));

        record(elena, 2, FOLLOW_UP_DUE, new FollowUpBecameDue(elena, FOLLOW_UP_DUE));
        record(
                elena,
                3,
                FOLLOW_UP_DUE.plusDays(3),
                new FollowUpRecorded(elena, FOLLOW_UP_DUE.plusDays(3), FollowUpSituation.UNREACHABLE, false));

        assertThat(itemsOn(FOLLOW_UP_DUE.plusYears(1), LEAD)).isEmpty();
    }

    @Test
    void opensNoMissingStepForWhatIsRecordedAfterTheExit() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, EXIT, exited(elena));
        record(
                elena,
                2,
                EXIT.plusDays(10),
                new LabourMarketSituationRecorded(elena, EXIT.plusDays(10), LabourMarketSituation.EMPLOYED, null));

        assertThat(itemsOn(EXIT.plusDays(100), LEAD)).isEmpty();
    }

    @Test
    void showsAReferralOpenForMoreThanFourteenDaysUntilItIsClosedAlsoAfterTheExit() {
        var referral = ReferralId.random();
        var made = ENTRY.plusDays(20);
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, made, new ReferralMade(elena, referral, made, ReferralArea.HEALTH, "Gesundheitsamt", "x"));
        record(elena, 2, made, exited(elena));

        assertThat(itemsOn(made.plusDays(14), LEAD)).isEmpty();
        assertThat(itemsOn(made.plusDays(15), LEAD))
                .containsExactly(new WorklistItem(
                        elena.toString(),
                        "Elena Popescu",
                        "coach1",
                        WorklistKind.REFERRAL_OPEN,
                        made.plusDays(14),
                        "HEALTH: Gesundheitsamt"));

        record(
                elena,
                3,
                made.plusDays(30),
                new ReferralClosed(elena, referral, made.plusDays(30), ReferralOutcome.RESOLVED, null));

        assertThat(itemsOn(made.plusDays(31), LEAD)).isEmpty();
    }

    @Test
    void showsAnOfferFromThreeDaysBeforeItsAnswerIsDueUntilItIsAnswered() {
        var unit = UnitId.random();
        var vacancy = VacancyId.random();
        var offer = OfferId.random();
        var offeredOn = ENTRY.plusDays(40);
        var respondBy = offeredOn.plusDays(10);
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        house(offeredOn, new OfferMade(unit, vacancy, offer, elena, offeredOn, respondBy));

        assertThat(itemsOn(respondBy.minusDays(4), LEAD, WorklistKind.OFFER_RESPONSE))
                .isEmpty();
        assertThat(itemsOn(respondBy.minusDays(3), LEAD, WorklistKind.OFFER_RESPONSE))
                .containsExactly(new WorklistItem(
                        elena.toString(),
                        "Elena Popescu",
                        "coach1",
                        WorklistKind.OFFER_RESPONSE,
                        respondBy,
                        offeredOn.toString()));

        house(
                respondBy,
                new OfferDeclined(
                        unit, vacancy, offer, elena, respondBy, DeclinedBy.PARTICIPANT, DeclineReason.TOO_SMALL));

        assertThat(itemsOn(respondBy, LEAD, WorklistKind.OFFER_RESPONSE)).isEmpty();
    }

    @Test
    void showsEachTenancyCheckFromItsDueDateUntilACheckWithinThirtyDaysOfItOrTheTenancysEnd() {
        var unit = UnitId.random();
        var tenancy = TenancyId.random();
        var movedIn = LocalDate.of(2026, 3, 1);
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        house(movedIn, new TenantMovedIn(unit, tenancy, elena, movedIn, false));

        assertThat(itemsOn(LocalDate.of(2026, 5, 31), LEAD, WorklistKind.TENANCY_CHECK))
                .isEmpty();
        assertThat(itemsOn(LocalDate.of(2026, 6, 1), LEAD, WorklistKind.TENANCY_CHECK))
                .extracting(WorklistItem::dueOn, WorklistItem::detail)
                .containsExactly(tuple(LocalDate.of(2026, 6, 1), "3"));

        house(LocalDate.of(2026, 6, 10), checked(unit, tenancy, LocalDate.of(2026, 6, 10)));
        house(LocalDate.of(2026, 7, 20), checked(unit, tenancy, LocalDate.of(2026, 7, 20)));

        assertThat(itemsOn(LocalDate.of(2026, 9, 1), LEAD, WorklistKind.TENANCY_CHECK))
                .extracting(WorklistItem::dueOn)
                .containsExactly(LocalDate.of(2026, 9, 1));

        house(LocalDate.of(2026, 8, 5), checked(unit, tenancy, LocalDate.of(2026, 8, 5)));
        assertThat(itemsOn(LocalDate.of(2026, 9, 1), LEAD, WorklistKind.TENANCY_CHECK))
                .isEmpty();
        assertThat(itemsOn(LocalDate.of(2027, 3, 1), LEAD, WorklistKind.TENANCY_CHECK))
                .extracting(WorklistItem::detail)
                .containsExactly("12");

        house(
                LocalDate.of(2027, 3, 2),
                new TenancyEnded(unit, tenancy, elena, LocalDate.of(2027, 3, 2), TenancyEndReason.MOVED_ON));

        assertThat(itemsOn(LocalDate.of(2027, 3, 2), LEAD, WorklistKind.TENANCY_CHECK))
                .isEmpty();
    }

    @Test
    void showsACoachOnlyTheOwnItemsAndALeadAnyCoachsWithCountsPerKind() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, EXIT, exited(elena));
        record(jonas, 0, ENTRY, enrolled(jonas, "Jonas", "Berg", "coach2", ENTRY));
        var today = FOLLOW_UP_DUE;

        assertThat(find(today, coach("coach1"), "coach2", null).items())
                .extracting(WorklistItem::participantId)
                .containsExactly(elena.toString());
        assertThat(find(today, LEAD, "coach2", null).items())
                .extracting(WorklistItem::participantId)
                .containsExactly(jonas.toString());
        var all = find(today, LEAD, null, null);
        assertThat(all.items())
                .extracting(WorklistItem::kind)
                .containsExactly(WorklistKind.NO_STEP, WorklistKind.FOLLOW_UP_DUE);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.counts()).isEqualTo(Map.of(WorklistKind.NO_STEP, 1L, WorklistKind.FOLLOW_UP_DUE, 1L));
        var followUps = find(today, LEAD, null, WorklistKind.FOLLOW_UP_DUE);
        assertThat(followUps.items()).extracting(WorklistItem::participantId).containsExactly(elena.toString());
        assertThat(followUps.total()).isEqualTo(1);
        assertThat(followUps.counts()).isEqualTo(all.counts());
    }

    @Test
    void pagesTheItemsEarliestDueFirst() {
        record(elena, 0, ENTRY.plusDays(5), enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(jonas, 0, ENTRY, enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY));
        var today = ENTRY.plusDays(100);

        var first = worklistQueries(today).handle(new FindWorklist(LEAD, null, null, 0, 1));
        var second = worklistQueries(today).handle(new FindWorklist(LEAD, null, null, 1, 1));

        assertThat(first.items()).extracting(WorklistItem::participantId).containsExactly(jonas.toString());
        assertThat(second.items()).extracting(WorklistItem::participantId).containsExactly(elena.toString());
        assertThat(first.total()).isEqualTo(2);
    }

    @Test
    void showsTheCorrectedNameAndEndsEveryItemWithTheErasure() {
        record(elena, 0, ENTRY, enrolled(elena, "Elena", "Popescu", "coach1", ENTRY));
        record(elena, 1, ENTRY, new IntakeCorrected(elena, IntakeField.LAST_NAME, "Popa", "typo", 34));
        record(jonas, 0, ENTRY, enrolled(jonas, "Jonas", "Berg", "coach1", ENTRY));
        var today = ENTRY.plusDays(70);
        assertThat(itemsOn(today, LEAD)).extracting(WorklistItem::displayName).contains("Elena Popa");

        record(elena, 2, ENTRY.plusDays(1), new PersonalDataErased(elena, "asked", true));

        assertThat(itemsOn(today, LEAD)).extracting(WorklistItem::participantId).containsExactly(jonas.toString());
        assertThat(worklist.page(new Worklist.Filter(today, null, null), 0, 50).counts())
                .isEqualTo(Map.of(WorklistKind.NO_STEP, 1L));
    }

    @Test
    void ignoresARedeliveredEventIncludingTheEnrolment() {
        var enrolment = enrolled(elena, "Elena", "Popescu", "coach1", ENTRY);
        record(elena, 0, ENTRY, enrolment);
        record(elena, 1, ENTRY.plusDays(30), new StageStarted(elena, Stage.COACHING, ENTRY.plusDays(1)));
        record(elena, 2, EXIT, exited(elena));
        record(elena, 3, FOLLOW_UP_DUE, new FollowUpRecorded(elena, FOLLOW_UP_DUE, FollowUpSituation.EMPLOYED, true));

        record(elena, 0, ENTRY, enrolment);
        record(elena, 2, EXIT, exited(elena));

        assertThat(itemsOn(FOLLOW_UP_DUE.plusYears(1), LEAD)).isEmpty();
    }

    private void record(ParticipantId id, long sequence, LocalDate recordedOn, ParticipantEvent event) {
        projection.on(event, sequence, recordedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    private static ParticipantExited exited(ParticipantId id) {
        return new ParticipantExited(id, EXIT, ExitReason.COMPLETED, List.of(), FOLLOW_UP_DUE);
    }

    private void house(LocalDate recordedOn, HousingEvent event) {
        projection.on(event, recordedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    private TenancyChecked checked(UnitId unit, TenancyId tenancy, LocalDate date) {
        return new TenancyChecked(unit, tenancy, elena, date, CheckStatus.STABLE, null);
    }

    private List<WorklistItem> itemsOn(LocalDate today, Caller caller, WorklistKind kind) {
        return find(today, caller, null, kind).items();
    }

    private List<WorklistItem> itemsOn(LocalDate today, Caller caller) {
        return find(today, caller, null, null).items();
    }

    private WorklistPage find(LocalDate today, Caller caller, @Nullable String coach, @Nullable WorklistKind kind) {
        return worklistQueries(today).handle(new FindWorklist(caller, coach, kind, 0, 50));
    }

    private WorklistQueries worklistQueries(LocalDate today) {
        return new WorklistQueries(
                worklist, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static WorklistItem item(
            ParticipantId id, String name, String coach, WorklistKind kind, LocalDate due, LocalDate detail) {
        return new WorklistItem(id.toString(), name, coach, kind, due, detail.toString());
    }
}
