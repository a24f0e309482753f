package de.lotse.query.esf;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Participation.StageRun;
import de.lotse.query.esf.Stories.Intake;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class EsfFactsProjectionTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final LocalDate EXIT = LocalDate.of(2026, 6, 30);
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00Z");

    private Stories stories;

    @BeforeEach
    void freshDatabase() {
        stories = new Stories();
    }

    @Test
    void keepsNoNameDateOfBirthPostcodeNationalityOrFreeText() {
        stories.of("Elena", "Popescu")
                .enrol(Intake.of(Gender.FEMALE, ENTRY, 34, LabourStatus.UNEMPLOYED)
                        .from("KZ"))
                .correct(IntakeField.FIRST_NAME, "Jelena", 34, Stories.RECORDED)
                .correct(IntakeField.DATE_OF_BIRTH, "1990-02-17", 35, Stories.RECORDED)
                .correct(IntakeField.POSTCODE, "10115", 35, Stories.RECORDED)
                .correct(IntakeField.NATIONALITY, "MD", 35, Stories.RECORDED)
                .startStage(Stage.COACHING, ENTRY)
                .startStage(Stage.QUALIFICATION, ENTRY)
                .completeStage(Stage.QUALIFICATION, ENTRY.plusDays(30))
                .startStage(Stage.LANGUAGE_SUPPORT, ENTRY)
                .abortStage(Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(40))
                .qualification(ENTRY.plusDays(30), Certificate.RECOGNISED)
                .situation(ENTRY.plusDays(50), LabourMarketSituation.EMPLOYED)
                .housing(ENTRY.plusDays(50), HousingSituation.OWN_TENANCY)
                .exit(EXIT, ExitReason.COMPLETED, List.of(Stage.COACHING))
                .followUp(EXIT.plusMonths(6), FollowUpSituation.EMPLOYED, true);

        var table = JdbcClient.create(stories.dataSource())
                .sql("SELECT string_agg(esf_fact::text, ' ') FROM esf_fact")
                .query(String.class)
                .single();

        assertThat(table)
                .contains("ENROLLED", "THIRD_COUNTRY", "RECOGNISED", "FOLLOW_UP")
                .doesNotContain(
                        "Elena",
                        "Jelena",
                        "Popescu",
                        "1990-02-17",
                        "1992-01-15",
                        "44147",
                        "10115",
                        "KZ",
                        "MD",
                        Stories.FREE_TEXT,
                        "coach1");
    }

    @Test
    void closesTheStagesStillActiveAtTheExitWithTheExitDate() {
        stories.of("Elena", "Popescu")
                .enrol(Intake.of(Gender.FEMALE, ENTRY, 34, LabourStatus.UNEMPLOYED))
                .startStage(Stage.COACHING, ENTRY)
                .startStage(Stage.LANGUAGE_SUPPORT, ENTRY)
                .abortStage(Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(10))
                .startStage(Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(20))
                .exit(EXIT, ExitReason.COMPLETED, List.of(Stage.COACHING, Stage.LANGUAGE_SUPPORT));

        assertThat(participations(LATER))
                .singleElement()
                .satisfies(p -> assertThat(p.stages())
                        .containsExactly(
                                new StageRun(Stage.COACHING, StageStatus.CLOSED_AT_EXIT, ENTRY, EXIT),
                                new StageRun(Stage.LANGUAGE_SUPPORT, StageStatus.ABORTED, ENTRY, ENTRY.plusDays(10)),
                                new StageRun(
                                        Stage.LANGUAGE_SUPPORT, StageStatus.CLOSED_AT_EXIT, ENTRY.plusDays(20), EXIT)));
    }

    @Test
    void storesEachEventOnceHoweverOftenItIsDelivered() {
        stories.of("Elena", "Popescu")
                .enrol(Intake.of(Gender.FEMALE, ENTRY, 34, LabourStatus.UNEMPLOYED))
                .situation(ENTRY.plusDays(5), LabourMarketSituation.JOB_SEARCHING)
                .qualification(ENTRY.plusDays(9), Certificate.MODULE);

        stories.redeliverEverything();
        stories.redeliverEverything();

        assertThat(participations(LATER)).singleElement().satisfies(p -> {
            assertThat(p.situations()).hasSize(1);
            assertThat(p.qualifications()).hasSize(1);
        });
    }

    @Test
    void leavesOutAParticipantWhoseEnrolmentWasRecordedAfterTheInstant() {
        stories.of("Elena", "Popescu").enrol(Intake.of(Gender.FEMALE, ENTRY, 34, LabourStatus.UNEMPLOYED));

        assertThat(participations(Stories.RECORDED.minusSeconds(1))).isEmpty();
        assertThat(participations(Stories.RECORDED)).hasSize(1);
    }

    @Test
    void forgetsEveryFactOnReset() {
        stories.of("Elena", "Popescu").enrol(Intake.of(Gender.FEMALE, ENTRY, 34, LabourStatus.UNEMPLOYED));

        stories.reset();

        assertThat(participations(LATER)).isEmpty();
    }

    private List<Participation> participations(Instant asOf) {
        var participations = new ArrayList<Participation>();
        stories.facts().foldEach(asOf, participations::add);
        return participations;
    }
}
