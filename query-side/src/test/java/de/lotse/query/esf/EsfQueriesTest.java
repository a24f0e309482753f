package de.lotse.query.esf;

import static de.lotse.api.participant.Answer.DECLINED;
import static de.lotse.api.participant.Answer.NO;
import static de.lotse.api.participant.Answer.YES;
import static de.lotse.api.participant.Gender.FEMALE;
import static de.lotse.api.participant.Gender.MALE;
import static de.lotse.api.participant.LabourStatus.UNEMPLOYED;
import static de.lotse.api.pathway.LabourMarketSituation.JOB_SEARCHING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.esf.ConsistencyCheck;
import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.esf.IndicatorRow;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Stories.Intake;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report over a crafted set of participants whose every indicator value was counted by hand.
 * The period is the first half of 2026. Each participant's comment says what it is there to show
 * and where it counts; in the tables, a row is {@code code, women, men, nonBinary, total}.
 */
class EsfQueriesTest {

    private static final LocalDate FROM = CraftedParticipants.FROM;
    private static final LocalDate TO = CraftedParticipants.TO;
    private static final Instant CORRECTED = CraftedParticipants.CORRECTED;
    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final Caller EVALUATOR = new Caller("evaluator", Set.of(Role.EVALUATOR));

    private Stories stories;
    private EsfQueries queries;

    @BeforeEach
    void freshDatabase() {
        stories = new Stories();
        queries = new EsfQueries(stories.versions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void countsEveryIndicatorOfTheCraftedParticipantsAsCountedByHand() {
        CraftedParticipants.tellTheirStories(stories);

        var report = report(FROM, TO, null);

        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.asOf()).isEqualTo(NOW);
        assertThat(rows(report))
                .containsExactly(
                        // entrants: Anna, Emma, Greta, Ines, Lena | Farid, Hans, Jonas, Nils | Clara, Kim, Mira
                        tuple("EECO01", 5L, 4L, 3L, 12L),
                        tuple("EECO02", 2L, 3L, 2L, 7L), // Emma, Greta | Farid, Jonas, Nils | Clara, Mira
                        tuple("EECO03", 1L, 0L, 1L, 2L), // Emma | - | Mira
                        tuple("EECO04", 2L, 0L, 1L, 3L), // Anna, Lena | - | Kim (corrected from employed)
                        tuple("EECO05", 1L, 1L, 0L, 2L), // Ines | Hans | -
                        tuple("EECO06", 1L, 0L, 0L, 1L), // Anna, 17
                        tuple("EECO07", 1L, 1L, 1L, 3L), // Emma 29 | Jonas 25 | Clara 18 (Nils corrected to 30)
                        tuple("EECO08", 0L, 1L, 1L, 2L), // - | Hans 55 | Mira 60 (Greta is 54)
                        tuple("EECO09", 1L, 2L, 0L, 3L), // Anna 0 | Hans 1, Jonas 2 | -
                        tuple("EECO10", 2L, 1L, 1L, 4L), // Emma 4, Ines 3 | Nils 4 | Mira 3 (Clara unknown)
                        tuple("EECO11", 2L, 1L, 1L, 4L), // Greta 6, Lena 8 | Farid 5 | Kim 7
                        tuple("EECO12", 1L, 0L, 0L, 1L), // Emma (Clara declined)
                        tuple("EECO13", 1L, 1L, 2L, 4L), // Emma UA | Farid TR | Clara SY, Kim US (PL, IT, RO are EU)
                        tuple("EECO14", 1L, 1L, 1L, 3L), // Anna | Farid | Kim
                        tuple("EECO15", 2L, 0L, 1L, 3L), // Emma, Greta | - | Mira
                        tuple("EECO16", 1L, 0L, 1L, 2L), // Emma | - | Mira (Jonas declined)
                        tuple("EECO17", 0L, 1L, 2L, 3L), // - | Hans | Clara, Mira
                        // leavers: Anna, Greta, Ines, Lena | Bert, Farid, Hans, Jonas | Kim, Mira
                        tuple("EECR01", 1L, 0L, 1L, 2L), // Anna, Kim: inactive at entry, job searching upon leaving
                        tuple("EECR02", 1L, 1L, 0L, 2L), // Ines | Jonas (the later of two situations on one day)
                        tuple("EECR03", 1L, 0L, 1L, 2L), // Anna (module on exit + 28) | Mira (before the exit)
                        tuple("EECR04", 1L, 2L, 0L, 3L), // Lena | Bert, Farid: employed by exit + 28
                        tuple("EECR05", 0L, 2L, 0L, 2L), // Hans employed, Jonas self-employed at the follow-up
                        tuple("EECR06", 1L, 1L, 0L, 2L)); // Ines self-employed, Hans employed at entry, both better
    }

    /** A renovation job is a job: recorded on the pathway by the housing process, it counts like any other. */
    @Test
    void countsARenovationJobRecordedByTheHousingProcessLikeAnyOtherJob() {
        // Olga: unemployed at entry, works on a renovation from March on and leaves at the end of
        // March, employed. R: EECR04.
        stories.of("Olga", "Orlova")
                .enrol(Intake.of(FEMALE, day(2026, 2, 1), 41, UNEMPLOYED).isced(3))
                .renovationJob(day(2026, 3, 2), "Mallinckrodtstraße 12, 44147 Dortmund")
                .exit(day(2026, 3, 31), ExitReason.COMPLETED);

        var report = report(FROM, TO, null);

        assertThat(rows(report, "EECR04")).containsExactly(tuple("EECR04", 1L, 0L, 0L, 1L));
        assertThat(report.checks()).allMatch(ConsistencyCheck::ok);
    }

    @Test
    void namesEveryIndicatorInEnglish() {
        var report = report(null, null, null);

        assertThat(report.indicators())
                .extracting(IndicatorRow::name)
                .startsWith("total number of participants", "unemployed, including long-term unemployed");
        assertThat(report.indicators().get(22).name())
                .isEqualTo("participants with a better labour market situation six months after leaving");
    }

    @Test
    void passesEveryConsistencyCheckOnTheCraftedParticipants() {
        CraftedParticipants.tellTheirStories(stories);

        var checks = report(FROM, TO, null).checks();

        assertThat(checks).hasSize(4 * 4 + 23).allMatch(ConsistencyCheck::ok);
        assertThat(checks)
                .extracting(ConsistencyCheck::rule)
                .contains(
                        "EECO02+EECO04+EECO05=EECO01 (women)",
                        "EECO03<=EECO02 (nonBinary)",
                        "EECO06+EECO07+EECO08<=EECO01 (total)",
                        "EECO09+EECO10+EECO11<=EECO01 (men)",
                        "women+men+nonBinary=total (EECR06)");
    }

    @Test
    void appliesACorrectionOnlyInAReportAsOfAnInstantAfterItWasRecorded() {
        CraftedParticipants.tellTheirStories(stories);

        var before = report(FROM, TO, CORRECTED.minusSeconds(1));
        var after = report(FROM, TO, CORRECTED);

        // Kim was enrolled as employed; the correction to inactive was recorded at CORRECTED.
        assertThat(before.asOf()).isEqualTo(CORRECTED.minusSeconds(1));
        assertThat(rows(before, "EECO04", "EECO05", "EECR01"))
                .containsExactly(
                        tuple("EECO04", 2L, 0L, 0L, 2L), // Anna, Lena
                        tuple("EECO05", 1L, 1L, 1L, 3L), // Ines | Hans | Kim
                        tuple("EECR01", 1L, 0L, 0L, 1L)); // Anna; employed Kim does not count
        assertThat(rows(after, "EECO04", "EECO05", "EECR01"))
                .containsExactly(
                        tuple("EECO04", 2L, 0L, 1L, 3L),
                        tuple("EECO05", 1L, 1L, 0L, 2L),
                        tuple("EECR01", 1L, 0L, 1L, 2L));
        assertThat(before.checks()).allMatch(ConsistencyCheck::ok);
    }

    @Test
    void leavesOutWhatWasRecordedAfterTheReportsInstant() {
        CraftedParticipants.tellTheirStories(stories);

        var report = report(FROM, TO, Stories.RECORDED.minusMillis(1));

        assertThat(report.indicators()).allMatch(row -> row.total() == 0);
    }

    @Test
    void countsEveryEntrantAndLeaverWhenThePeriodIsOpenOnBothSides() {
        CraftedParticipants.tellTheirStories(stories);

        var report = report(null, null, null);

        assertThat(report.from()).isNull();
        assertThat(report.to()).isNull();
        assertThat(rows(report, "EECO01", "EECR04", "EECR05", "EECR06"))
                .containsExactly(
                        tuple("EECO01", 5L, 6L, 3L, 14L), // now with Bert (entered 2025-12-31) and Dieter (2026-07-01)
                        tuple("EECR04", 2L, 2L, 0L, 4L), // now with Emma, who left 2026-07-01
                        tuple("EECR05", 0L, 3L, 0L, 3L), // now with Dieter, who left 2026-07-05
                        tuple("EECR06", 1L, 2L, 0L, 3L)); // Dieter again
    }

    @Test
    void countsFromTheFirstDayOnWhenOnlyTheStartIsGiven() {
        CraftedParticipants.tellTheirStories(stories);

        var report = report(TO, null, null);

        // entered on or after 2026-06-30: Clara, Dieter; left: Anna, Dieter, Emma
        assertThat(rows(report, "EECO01", "EECR03", "EECR04"))
                .containsExactly(
                        tuple("EECO01", 0L, 1L, 1L, 2L),
                        tuple("EECR03", 1L, 0L, 0L, 1L),
                        tuple("EECR04", 1L, 0L, 0L, 1L));
    }

    @Test
    void reportsTheSameAfterEveryEventIsDeliveredAgain() {
        CraftedParticipants.tellTheirStories(stories);
        var first = report(FROM, TO, null);

        stories.redeliverEverything();

        assertThat(report(FROM, TO, null)).isEqualTo(first);
    }

    @Test
    void appliesEveryCorrectionOfACharacteristic() {
        var nora = Intake.of(FEMALE, LocalDate.of(2026, 3, 1), 40, UNEMPLOYED).isced(4);
        stories.of("Nora", "Nagel")
                .enrol(nora)
                .correct(IntakeField.GENDER, "NON_BINARY", 40, CORRECTED)
                .correct(IntakeField.ISCED, null, 40, CORRECTED)
                .correct(IntakeField.NATIONALITY, "KZ", 40, CORRECTED)
                .correct(IntakeField.DISABILITY, "YES", 40, CORRECTED)
                .correct(IntakeField.RURAL, "true", 40, CORRECTED)
                .correct(IntakeField.DATE_OF_BIRTH, "2008-03-02", 17, CORRECTED);

        var report = report(FROM, TO, null);

        assertThat(rows(report, "EECO01", "EECO06", "EECO10", "EECO12", "EECO13", "EECO17"))
                .containsExactly(
                        tuple("EECO01", 0L, 0L, 1L, 1L),
                        tuple("EECO06", 0L, 0L, 1L, 1L),
                        tuple("EECO10", 0L, 0L, 0L, 0L),
                        tuple("EECO12", 0L, 0L, 1L, 1L),
                        tuple("EECO13", 0L, 0L, 1L, 1L),
                        tuple("EECO17", 0L, 0L, 1L, 1L));
    }

    @Test
    void decidesEecr03ByTheCertificateWhateverTheKindOfQualification() {
        // Olga: a recognised language course counts, as a vocational one would.
        stories.of("Olga", "Orlova")
                .enrol(Intake.of(FEMALE, FROM, 30, UNEMPLOYED))
                .qualification(day(2026, 3, 1), Certificate.RECOGNISED, QualificationKind.LANGUAGE)
                .exit(TO, ExitReason.COMPLETED);
        // Petra: a module of a housing training counts.
        stories.of("Petra", "Pohl")
                .enrol(Intake.of(FEMALE, FROM, 30, UNEMPLOYED))
                .qualification(day(2026, 3, 1), Certificate.MODULE, QualificationKind.HOUSING)
                .exit(TO, ExitReason.COMPLETED);
        // Radu: attending a cultural or an everyday-life course is no qualification.
        stories.of("Radu", "Rusu")
                .enrol(Intake.of(MALE, FROM, 30, UNEMPLOYED))
                .qualification(day(2026, 3, 1), Certificate.ATTENDANCE_ONLY, QualificationKind.CULTURAL)
                .qualification(day(2026, 4, 1), Certificate.ATTENDANCE_ONLY, QualificationKind.EVERYDAY_LIFE)
                .exit(TO, ExitReason.COMPLETED);

        assertThat(rows(report(FROM, TO, null), "EECR03")).containsExactly(tuple("EECR03", 2L, 0L, 0L, 2L));
    }

    /**
     * Each participant enters in 2026, has a stage, two situations, a qualification, an exit, a
     * follow-up and a correction, recorded as the processor does in batches. How fast it answers at
     * volume is the benchmark's to measure ({@code bench/}), not a test's.
     */
    @Test
    void countsEveryOneOfTenThousandParticipantsConsistently() {
        var participants = 10_000;
        stories.inUnitsOfWork(
                participants,
                1_000,
                i -> stories.of("P", "" + i)
                        .enrol(Intake.of(
                                        Gender.values()[i % 3],
                                        FROM.plusDays(i % 180),
                                        16 + i % 50,
                                        LabourStatus.values()[i % 5])
                                .isced(i % 9)
                                .answers(YES, NO, DECLINED, NO))
                        .startStage(Stage.COACHING, FROM.plusDays(i % 180))
                        .situation(FROM.plusDays(60 + i % 180), JOB_SEARCHING)
                        .qualification(FROM.plusDays(65 + i % 180), Certificate.MODULE)
                        .exit(FROM.plusDays(80 + i % 180), ExitReason.COMPLETED)
                        .situation(FROM.plusDays(90 + i % 180), LabourMarketSituation.EMPLOYED)
                        .followUp(FROM.plusDays(260 + i % 180), FollowUpSituation.EMPLOYED, true)
                        .correct(IntakeField.RURAL, "true", 16 + i % 50, CORRECTED));

        var report = report(null, null, null);

        assertThat(report.indicators().get(0).total()).isEqualTo(participants);
        assertThat(report.checks()).allMatch(ConsistencyCheck::ok);
    }

    @Test
    void refusesCoachesWhoMayNotReadReports() {
        var coach = new Caller("coach1", Set.of(Role.COACH));
        var refused = catchThrowableOfType(
                QueryExecutionException.class, () -> queries.handle(new FindEsfReport(coach, null, null, null)));
        assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    private EsfReport report(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Instant asOf) {
        return queries.handle(new FindEsfReport(EVALUATOR, from, to, asOf));
    }

    private static Tuple[] rows(EsfReport report, String... codes) {
        var wanted = Set.of(codes);
        return report.indicators().stream()
                .filter(row -> codes.length == 0 || wanted.contains(row.code()))
                .map(row -> tuple(row.code(), row.women(), row.men(), row.nonBinary(), row.total()))
                .toArray(Tuple[]::new);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
