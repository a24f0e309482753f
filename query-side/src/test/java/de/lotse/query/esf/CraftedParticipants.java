package de.lotse.query.esf;

import static de.lotse.api.participant.Answer.DECLINED;
import static de.lotse.api.participant.Answer.NO;
import static de.lotse.api.participant.Answer.YES;
import static de.lotse.api.participant.Gender.FEMALE;
import static de.lotse.api.participant.Gender.MALE;
import static de.lotse.api.participant.Gender.NON_BINARY;
import static de.lotse.api.participant.LabourStatus.EMPLOYED;
import static de.lotse.api.participant.LabourStatus.INACTIVE;
import static de.lotse.api.participant.LabourStatus.LONG_TERM_UNEMPLOYED;
import static de.lotse.api.participant.LabourStatus.SELF_EMPLOYED;
import static de.lotse.api.participant.LabourStatus.UNEMPLOYED;
import static de.lotse.api.pathway.LabourMarketSituation.EDUCATION_OR_TRAINING;
import static de.lotse.api.pathway.LabourMarketSituation.JOB_SEARCHING;

import de.lotse.api.participant.IntakeField;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.query.esf.Stories.Intake;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The participants whose every indicator value {@link EsfQueriesTest} counted by hand, for the
 * first half of 2026; the pre-aggregated report is checked against the fold of their facts too.
 */
final class CraftedParticipants {

    /** The first day of the period the participants were crafted for. */
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    /** The last day of that period. */
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    /** When Kim's labour status was corrected from employed to inactive. */
    static final Instant CORRECTED = Instant.parse("2027-02-01T09:00:00Z");

    private CraftedParticipants() {}

    /**
     * The crafted participants. Period: 2026-01-01 to 2026-06-30. Each comment names what the
     * participant shows and where it counts (O = outputs, R = results).
     */
    static void tellTheirStories(Stories stories) {
        // Anna: enters on the first day, aged 17; leaves on the last day. A job-search situation on
        // exit + 28 days is the latest by date, though an earlier job was recorded after it.
        // O: 01 04 06 09 14. R: 01 (inactive at entry), 03 (module certificate on exit + 28).
        stories.of("Anna", "Albers")
                .enrol(Intake.of(FEMALE, FROM, 17, INACTIVE).isced(0).answers(YES, NO, NO, NO))
                .exit(TO, ExitReason.COMPLETED)
                .situation(day(2026, 7, 28), JOB_SEARCHING)
                .situation(day(2026, 6, 15), LabourMarketSituation.EMPLOYED)
                .qualification(day(2026, 7, 28), Certificate.MODULE);
        // Bert: enters a day before the period, leaves on its first day. Job search, then a job on
        // exit + 28 days: the last one counts. An attendance certificate is no qualification.
        // O: none. R: 04.
        stories.of("Bert", "Brandt")
                .enrol(Intake.of(MALE, day(2025, 12, 31), 18, INACTIVE).from("FR"))
                .exit(FROM, ExitReason.OTHER)
                .situation(day(2026, 1, 10), JOB_SEARCHING)
                .situation(day(2026, 1, 29), LabourMarketSituation.EMPLOYED)
                .qualification(day(2026, 1, 15), Certificate.ATTENDANCE_ONLY);
        // Clara: enters on the last day, aged 18, ISCED unknown, Syrian, declines every sensitive question.
        // O: 01 02 07 13 17.
        stories.of("Clara", "Conti")
                .enrol(Intake.of(NON_BINARY, TO, 18, UNEMPLOYED)
                        .isced(null)
                        .from("SY")
                        .answers(DECLINED, DECLINED, DECLINED, DECLINED)
                        .inRuralArea());
        // Dieter: enters a day after the period and leaves after it. O: none. R: none.
        stories.of("Dieter", "Dahl")
                .enrol(Intake.of(MALE, day(2026, 7, 1), 55, EMPLOYED).isced(4))
                .exit(day(2026, 7, 5), ExitReason.COMPLETED)
                .followUp(day(2027, 1, 5), FollowUpSituation.EMPLOYED, true);
        // Emma: aged 29, Ukrainian; leaves a day after the period, so her job counts in no result.
        // O: 01 02 03 07 10 12 13 15 16. R: none.
        stories.of("Emma", "Engel")
                .enrol(Intake.of(FEMALE, day(2026, 2, 1), 29, LONG_TERM_UNEMPLOYED)
                        .isced(4)
                        .from("UA")
                        .answers(NO, YES, YES, YES))
                .exit(day(2026, 7, 1), ExitReason.MOVED_AWAY)
                .situation(day(2026, 7, 2), LabourMarketSituation.EMPLOYED);
        // Farid: aged 30, Turkish; a job on exit + 28 days. O: 01 02 11 13 14. R: 04.
        stories.of("Farid", "Fahmi")
                .enrol(Intake.of(MALE, day(2026, 2, 15), 30, UNEMPLOYED)
                        .isced(5)
                        .from("TR")
                        .answers(YES, NO, NO, NO))
                .exit(day(2026, 3, 31), ExitReason.COMPLETED)
                .situation(day(2026, 4, 28), LabourMarketSituation.EMPLOYED);
        // Greta: aged 54; job searching upon leaving but unemployed at entry, so no EECR01; the job on
        // exit + 29 days is too late for EECR04. O: 01 02 11 15. R: none.
        stories.of("Greta", "Graf")
                .enrol(Intake.of(FEMALE, day(2026, 3, 1), 54, UNEMPLOYED)
                        .isced(6)
                        .answers(NO, NO, YES, NO))
                .exit(day(2026, 4, 30), ExitReason.DROPPED_OUT)
                .situation(day(2026, 4, 10), JOB_SEARCHING)
                .situation(day(2026, 5, 29), LabourMarketSituation.EMPLOYED);
        // Hans: aged 55, Polish, employed at entry and upon leaving, so no EECR04; employed and
        // better off at the follow-up. O: 01 05 08 09 17. R: 05 06.
        stories.of("Hans", "Haas")
                .enrol(Intake.of(MALE, day(2026, 3, 15), 55, EMPLOYED)
                        .isced(1)
                        .from("PL")
                        .inRuralArea())
                .exit(day(2026, 5, 31), ExitReason.COMPLETED)
                .situation(day(2026, 6, 1), LabourMarketSituation.EMPLOYED)
                .followUp(day(2026, 12, 1), FollowUpSituation.EMPLOYED, true);
        // Ines: Italian, self-employed at entry, in training upon leaving; better off but not employed
        // at the follow-up. O: 01 05 10. R: 02 06.
        stories.of("Ines", "Ivanova")
                .enrol(Intake.of(FEMALE, day(2026, 1, 10), 45, SELF_EMPLOYED).from("IT"))
                .situation(day(2026, 2, 20), EDUCATION_OR_TRAINING)
                .exit(day(2026, 2, 28), ExitReason.COMPLETED)
                .followUp(day(2026, 9, 1), FollowUpSituation.EDUCATION_OR_TRAINING, true);
        // Jonas: aged 25, declines the housing question. A job and training on the same day: the one
        // recorded last (training) counts. Self-employed and better off at the follow-up, but
        // unemployed at entry, so no EECR06. O: 01 02 07 09. R: 02 05.
        stories.of("Jonas", "Jung")
                .enrol(Intake.of(MALE, day(2026, 4, 1), 25, UNEMPLOYED).isced(2).answers(NO, NO, NO, DECLINED))
                .exit(day(2026, 5, 15), ExitReason.COMPLETED)
                .situation(day(2026, 5, 20), LabourMarketSituation.EMPLOYED)
                .situation(day(2026, 5, 20), EDUCATION_OR_TRAINING)
                .followUp(day(2026, 11, 15), FollowUpSituation.SELF_EMPLOYED, true);
        // Kim: American, enrolled as employed, corrected to inactive at CORRECTED; job searching upon
        // leaving. O: 01 04 11 13 14. R: 01.
        stories.of("Kim", "Koch")
                .enrol(Intake.of(NON_BINARY, day(2026, 5, 1), 35, EMPLOYED)
                        .isced(7)
                        .from("US")
                        .answers(YES, NO, NO, NO))
                .situation(day(2026, 6, 10), JOB_SEARCHING)
                .exit(day(2026, 6, 15), ExitReason.COMPLETED)
                .correct(IntakeField.LABOUR_STATUS, "INACTIVE", 35, CORRECTED);
        // Lena: inactive, job search then a job on exit + 28 days; an attendance certificate within the
        // window and a recognised one on exit + 30 days do not count. O: 01 04 11. R: 04.
        stories.of("Lena", "Lang")
                .enrol(Intake.of(FEMALE, day(2026, 6, 1), 40, INACTIVE).isced(8))
                .exit(day(2026, 6, 20), ExitReason.COMPLETED)
                .situation(day(2026, 6, 25), JOB_SEARCHING)
                .situation(day(2026, 7, 18), LabourMarketSituation.EMPLOYED)
                .qualification(day(2026, 7, 19), Certificate.ATTENDANCE_ONLY)
                .qualification(day(2026, 7, 20), Certificate.RECOGNISED);
        // Mira: aged 60, Romanian, a recognised certificate before the exit, no situation recorded,
        // unreachable at the follow-up. O: 01 02 03 08 10 15 16 17. R: 03.
        stories.of("Mira", "Meyer")
                .enrol(Intake.of(NON_BINARY, day(2026, 2, 10), 60, LONG_TERM_UNEMPLOYED)
                        .from("RO")
                        .answers(NO, NO, YES, YES)
                        .inRuralArea())
                .qualification(day(2026, 3, 1), Certificate.RECOGNISED)
                .exit(day(2026, 3, 10), ExitReason.COMPLETED)
                .followUp(day(2026, 9, 10), FollowUpSituation.UNREACHABLE, false);
        // Nils: enrolled as entering before the period aged 29; his entry date is corrected into it,
        // which makes him 30. O: 01 02 10.
        stories.of("Nils", "Neumann")
                .enrol(Intake.of(MALE, day(2025, 12, 20), 29, UNEMPLOYED).isced(4))
                .correct(IntakeField.ENTRY_DATE, "2026-01-05", 30, Stories.RECORDED);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
