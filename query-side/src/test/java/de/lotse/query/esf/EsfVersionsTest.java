package de.lotse.query.esf;

import static de.lotse.api.participant.Gender.FEMALE;
import static de.lotse.api.participant.Gender.MALE;
import static de.lotse.api.participant.Gender.NON_BINARY;
import static de.lotse.api.participant.LabourStatus.EMPLOYED;
import static de.lotse.api.participant.LabourStatus.INACTIVE;
import static de.lotse.api.participant.LabourStatus.UNEMPLOYED;
import static de.lotse.query.esf.CraftedParticipants.CORRECTED;
import static de.lotse.query.esf.CraftedParticipants.FROM;
import static de.lotse.query.esf.CraftedParticipants.TO;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.esf.IndicatorRow;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Stories.Intake;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report counted from the versions of each participant's standing against the report folded
 * from the facts ({@link EsfTally} over {@link EsfFacts#foldEach}, the report's path before it was
 * pre-aggregated), row by row, on the crafted participants and on a few whose corrections, exits,
 * situations and follow-ups were recorded at instants of their own, for every instant and period
 * around them.
 */
class EsfVersionsTest {

    /** Later than anything recorded: the oracle's instant for a report of now. */
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00Z");

    private static final Instant EXITED = Instant.parse("2027-01-20T10:00:00Z");
    private static final Instant SITUATED = Instant.parse("2027-01-25T16:30:00Z");
    private static final Instant REVISED = Instant.parse("2027-03-05T08:00:00Z");

    private Stories stories;

    @BeforeEach
    void freshDatabase() {
        stories = new Stories();
    }

    @Test
    void countsEveryIndicatorAsTheFoldOfTheFactsForEveryInstantAndPeriod() {
        CraftedParticipants.tellTheirStories(stories);
        tellStoriesRecordedOverTime();

        for (var asOf : instants()) {
            for (var period : periods()) {
                assertThat(preAggregated(period, asOf))
                        .as("as of %s from %s to %s", asOf, period.from(), period.to())
                        .containsExactlyElementsOf(folded(period, asOf));
            }
        }
        for (var period : periods()) {
            assertThat(preAggregated(period, null))
                    .as("now, from %s to %s", period.from(), period.to())
                    .containsExactlyElementsOf(folded(period, LATER));
        }
    }

    @Test
    void countsSomethingInEveryIndicatorSoThatTheComparisonMeansSomething() {
        CraftedParticipants.tellTheirStories(stories);
        tellStoriesRecordedOverTime();

        assertThat(preAggregated(new ReportingPeriod(null, null), null))
                .allSatisfy(row -> assertThat(row.total()).as(row.code()).isPositive());
    }

    @Test
    void countsTheSameAfterTheReadModelIsRebuiltFromTheFirstEvent() {
        CraftedParticipants.tellTheirStories(stories);
        tellStoriesRecordedOverTime();
        var before = reports();

        stories.reset();
        assertThat(rowsIn("esf_version") + rowsIn("esf_participant")).isZero();
        stories.redeliverEverything();

        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void keepsAVersionOnlyWhenTheEventChangesWhatTheReportCounts() {
        stories.of("Olga", "Orlova")
                .enrol(Intake.of(FEMALE, FROM, 30, UNEMPLOYED))
                .startStage(Stage.COACHING, FROM)
                .situation(FROM.plusDays(10), LabourMarketSituation.JOB_SEARCHING)
                .completeStage(Stage.COACHING, FROM.plusDays(20))
                .exit(FROM.plusDays(30), ExitReason.COMPLETED)
                .situation(FROM.plusDays(40), LabourMarketSituation.EMPLOYED);

        // the enrolment, the exit (an exit date) and the job upon leaving (EECR04); stages and a
        // situation before the exit change nothing the report counts
        assertThat(rowsIn("esf_version")).isEqualTo(3);
        assertThat(rowsIn("esf_version WHERE recorded_until IS NULL")).isEqualTo(1);
    }

    @Test
    void keepsNoNameDateOfBirthPostcodeNationalityOrFreeTextInTheVersions() {
        stories.of("Elena", "Popescu")
                .enrol(Intake.of(FEMALE, FROM, 34, UNEMPLOYED).from("KZ"))
                .correct(IntakeField.FIRST_NAME, "Jelena", 34, Stories.RECORDED)
                .correct(IntakeField.DATE_OF_BIRTH, "1990-02-17", 35, Stories.RECORDED)
                .correct(IntakeField.POSTCODE, "10115", 35, Stories.RECORDED)
                .correct(IntakeField.NATIONALITY, "MD", 35, Stories.RECORDED)
                .startStage(Stage.COACHING, FROM)
                .completeStage(Stage.COACHING, FROM.plusDays(30))
                .qualification(FROM.plusDays(30), Certificate.RECOGNISED)
                .exit(TO, ExitReason.COMPLETED)
                .followUp(TO.plusMonths(6), FollowUpSituation.EMPLOYED, true);

        var tables = JdbcClient.create(stories.dataSource())
                .sql("""
                        SELECT (SELECT string_agg(p::text, ' ') FROM esf_participant p) || ' '
                            || (SELECT string_agg(v::text, ' ') FROM esf_version v)""")
                .query(String.class)
                .single();

        assertThat(tables)
                .contains("RECOGNISED", "FEMALE")
                .doesNotContain(
                        "Elena",
                        "Jelena",
                        "Popescu",
                        "1990-02-17",
                        "1992-01-01",
                        "44147",
                        "10115",
                        "KZ",
                        "MD",
                        Stories.FREE_TEXT,
                        "coach1");
    }

    /**
     * Participants whose later events were recorded one by one: exits, situations upon leaving and
     * corrections of every characteristic, each at an instant of its own, and the stories of the
     * other report tests (every correction, a renovation job, a language course).
     */
    private void tellStoriesRecordedOverTime() {
        // Paula: inactive, leaves in May (recorded at EXITED), job searching upon leaving (recorded
        // at SITUATED), then employed within the window (REVISED): EECR01 until REVISED, then EECR04.
        stories.of("Paula", "Peters")
                .enrol(Intake.of(FEMALE, LocalDate.of(2026, 3, 2), 23, INACTIVE))
                .recordedAt(EXITED)
                .exit(LocalDate.of(2026, 5, 29), ExitReason.COMPLETED)
                .recordedAt(SITUATED)
                .situation(LocalDate.of(2026, 6, 1), LabourMarketSituation.JOB_SEARCHING)
                .recordedAt(REVISED)
                .situation(LocalDate.of(2026, 6, 20), LabourMarketSituation.EMPLOYED);
        // Quentin: enters in the period; at CORRECTED his entry date is corrected to before it; he
        // leaves in June, recorded at REVISED, and is found employed and better off at the follow-up.
        stories.of("Quentin", "Quast")
                .enrol(Intake.of(MALE, LocalDate.of(2026, 1, 3), 58, EMPLOYED).isced(5))
                .correct(IntakeField.ENTRY_DATE, "2025-12-15", 58, CORRECTED)
                .recordedAt(REVISED)
                .exit(LocalDate.of(2026, 6, 30), ExitReason.COMPLETED)
                .followUp(LocalDate.of(2026, 12, 30), FollowUpSituation.EMPLOYED, true);
        // Rosa: enrolled only at REVISED, so she counts in no report of an earlier instant; gender
        // corrected at the same instant.
        stories.of("Rosa", "Roth")
                .recordedAt(REVISED)
                .enrol(Intake.of(FEMALE, LocalDate.of(2026, 6, 30), 19, UNEMPLOYED)
                        .inRuralArea())
                .correct(IntakeField.GENDER, "NON_BINARY", 19, REVISED)
                .qualification(LocalDate.of(2026, 6, 30), Certificate.MODULE)
                .exit(LocalDate.of(2026, 6, 30), ExitReason.COMPLETED)
                .situation(LocalDate.of(2026, 7, 1), LabourMarketSituation.EDUCATION_OR_TRAINING);
        // Nora: every characteristic corrected, some at SITUATED, the rest at REVISED.
        stories.of("Nora", "Nagel")
                .enrol(Intake.of(FEMALE, LocalDate.of(2026, 3, 1), 40, UNEMPLOYED)
                        .isced(4))
                .correct(IntakeField.ISCED, null, 40, SITUATED)
                .correct(IntakeField.NATIONALITY, "KZ", 40, SITUATED)
                .correct(IntakeField.DISABILITY, "YES", 40, REVISED)
                .correct(IntakeField.RURAL, "true", 40, REVISED)
                .correct(IntakeField.DATE_OF_BIRTH, "2008-03-02", 17, REVISED);
        // Olga: a renovation job, as the housing process records it, and a recognised language course.
        stories.of("Olga", "Orlova")
                .enrol(Intake.of(FEMALE, LocalDate.of(2026, 2, 1), 41, UNEMPLOYED)
                        .isced(3))
                .renovationJob(LocalDate.of(2026, 3, 2), "Mallinckrodtstraße 12, 44147 Dortmund")
                .qualification(LocalDate.of(2026, 3, 20), Certificate.RECOGNISED, QualificationKind.LANGUAGE)
                .recordedAt(EXITED)
                .exit(LocalDate.of(2026, 3, 31), ExitReason.COMPLETED);
        // Sam: non-binary, never leaves.
        stories.of("Sam", "Stein").enrol(Intake.of(NON_BINARY, LocalDate.of(2026, 4, 4), 40, UNEMPLOYED));
    }

    /** Before anything, at and around each instant something was recorded, and long after. */
    private static List<Instant> instants() {
        var instants = new ArrayList<Instant>();
        for (var recorded : List.of(Stories.RECORDED, EXITED, SITUATED, CORRECTED, REVISED)) {
            instants.add(recorded.minusMillis(1));
            instants.add(recorded);
            instants.add(recorded.plusMillis(1));
        }
        instants.add(Instant.parse("2020-01-01T00:00:00Z"));
        instants.add(LATER);
        return instants;
    }

    /** The crafted half year, open ends, single days at its edges, and periods around it. */
    private static List<ReportingPeriod> periods() {
        return List.of(
                new ReportingPeriod(FROM, TO),
                new ReportingPeriod(null, null),
                new ReportingPeriod(TO, null),
                new ReportingPeriod(null, FROM),
                new ReportingPeriod(FROM, FROM),
                new ReportingPeriod(TO, TO),
                new ReportingPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)),
                new ReportingPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)),
                new ReportingPeriod(LocalDate.of(2030, 1, 1), null));
    }

    private List<IndicatorRow> preAggregated(ReportingPeriod period, @Nullable Instant asOf) {
        return stories.versions().count(period, asOf);
    }

    private List<IndicatorRow> folded(ReportingPeriod period, Instant asOf) {
        var tally = new EsfTally(period);
        stories.facts().foldEach(asOf, tally::count);
        return tally.rows();
    }

    private List<List<IndicatorRow>> reports() {
        var reports = new ArrayList<List<IndicatorRow>>();
        for (var asOf : instants()) {
            reports.add(preAggregated(new ReportingPeriod(FROM, TO), asOf));
        }
        reports.add(preAggregated(new ReportingPeriod(null, null), null));
        return reports;
    }

    private long rowsIn(String table) {
        return JdbcClient.create(stories.dataSource())
                .sql("SELECT count(*) FROM " + table)
                .query(Long.class)
                .single();
    }
}
