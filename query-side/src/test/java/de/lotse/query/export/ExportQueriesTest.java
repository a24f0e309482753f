package de.lotse.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.esf.ExportedParticipant;
import de.lotse.api.esf.FindParticipantExport;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import de.lotse.query.esf.Stories;
import de.lotse.query.esf.Stories.Intake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class ExportQueriesTest {

    private static final UUID ELENA = UUID.fromString("0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10");
    private static final UUID JONAS = UUID.fromString("5d0c6c1e-2f4b-4b8e-8f5a-3c2d1e0f9a8b");
    private static final String SECRET = "a secret only the export knows";
    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final Caller EVALUATOR = new Caller("evaluator", Set.of(Role.EVALUATOR));

    private Stories stories;

    @BeforeEach
    void tellTheStories() {
        stories = new Stories();
        stories.of(ELENA, "Elena", "Popescu")
                .enrol(Intake.of(Gender.FEMALE, day(2026, 1, 15), 34, LabourStatus.LONG_TERM_UNEMPLOYED)
                        .isced(2)
                        .from("RO")
                        .answers(Answer.YES, Answer.NO, Answer.DECLINED, Answer.NO))
                .startStage(Stage.COACHING, day(2026, 1, 20))
                .startStage(Stage.QUALIFICATION, day(2026, 2, 1))
                .startStage(Stage.LANGUAGE_SUPPORT, day(2026, 2, 1))
                .abortStage(Stage.LANGUAGE_SUPPORT, day(2026, 2, 15))
                .completeStage(Stage.QUALIFICATION, day(2026, 3, 1))
                .startStage(Stage.LANGUAGE_SUPPORT, day(2026, 3, 1))
                .qualification(day(2026, 3, 1), Certificate.RECOGNISED)
                .qualification(day(2026, 2, 10), Certificate.ATTENDANCE_ONLY, QualificationKind.EVERYDAY_LIFE)
                .referral(day(2026, 2, 3), ReferralArea.HEALTH)
                .referral(day(2026, 1, 25), ReferralArea.DOCUMENTS)
                .mobility(day(2026, 5, 25), MobilityKind.TICKET)
                .housing(day(2026, 4, 1), HousingSituation.OWN_TENANCY)
                .situation(day(2026, 5, 20), LabourMarketSituation.EMPLOYED)
                .situation(day(2026, 5, 2), LabourMarketSituation.JOB_SEARCHING)
                .correct(IntakeField.LABOUR_STATUS, "UNEMPLOYED", 34, Stories.RECORDED)
                .correct(IntakeField.LAST_NAME, "Popescu-Albu", 34, Stories.RECORDED)
                .exit(day(2026, 6, 30), ExitReason.COMPLETED, List.of(Stage.COACHING, Stage.LANGUAGE_SUPPORT))
                .followUp(day(2027, 1, 5), FollowUpSituation.SELF_EMPLOYED, true);
        stories.of(JONAS, "Jonas", "Jung")
                .enrol(Intake.of(Gender.MALE, day(2026, 4, 1), 19, LabourStatus.INACTIVE)
                        .isced(null)
                        .from("SY")
                        .inRuralArea());
    }

    @Test
    void exportsEveryIndicatorAttributeAndTheRouteOfAParticipantUnderItsPseudonym() throws Exception {
        var csv = csv(export(SECRET));

        assertThat(csv)
                .contains(hmac(SECRET, ELENA) + ";FEMALE;34;UNEMPLOYED;2;EU;YES;NO;DECLINED;NO;false;2026-01-15;"
                        + "2026-01-20;2026-06-30;CLOSED_AT_EXIT;"
                        + "2026-02-01;2026-03-01;COMPLETED;"
                        + "2026-02-01;2026-06-30;CLOSED_AT_EXIT;"
                        + ";;;;;;"
                        + "\"2026-05-02:JOB_SEARCHING;2026-05-20:EMPLOYED\";"
                        + "\"2026-02-10:ATTENDANCE_ONLY;2026-03-01:RECOGNISED\";"
                        + "2026-06-30;COMPLETED;2027-01-05;SELF_EMPLOYED;true;"
                        + "\"2026-02-10:EVERYDAY_LIFE;2026-03-01:VOCATIONAL\";"
                        + "\"2026-01-25:DOCUMENTS;2026-02-03:HEALTH\";"
                        + "2026-05-25:TICKET\r\n");
        assertThat(csv)
                .contains(hmac(SECRET, JONAS) + ";MALE;19;INACTIVE;;THIRD_COUNTRY;NO;NO;NO;NO;true;2026-04-01"
                        + ";".repeat(15 + 2 + 5 + 3)
                        + "\r\n"); // no stage, situation, qualification, exit, follow-up or support
    }

    @Test
    void writesAByteOrderMarkAHeaderAndOneRecordPerParticipantInPseudonymOrder() throws Exception {
        var export = export(SECRET);
        var lines = csv(export).split("\r\n");

        assertThat(lines[0])
                .isEqualTo("\uFEFFpseudonym;gender;ageAtEntry;labourStatus;isced;nationalityGroup;"
                        + "foreignBackground;disability;minority;homeless;rural;entryDate;"
                        + "coachingStart;coachingEnd;coachingStatus;qualificationStart;qualificationEnd;qualificationStatus;"
                        + "languageSupportStart;languageSupportEnd;languageSupportStatus;"
                        + "jobPlacementStart;jobPlacementEnd;jobPlacementStatus;"
                        + "housingIntegrationStart;housingIntegrationEnd;housingIntegrationStatus;"
                        + "situations;qualifications;exitDate;exitReason;"
                        + "followUpDate;followUpSituation;followUpBetterSituation;"
                        + "qualificationKinds;referrals;mobility");
        assertThat(lines).hasSize(3);
        assertThat(export.participants())
                .extracting(ExportedParticipant::pseudonym)
                .isSorted();
        assertThat(export.asOf()).isEqualTo(NOW);
    }

    @Test
    void leavesOutNamesDateOfBirthPostcodeNationalityIdsAndFreeText() throws Exception {
        var csv = csv(export(SECRET));

        assertThat(csv)
                .doesNotContain(
                        "Elena",
                        "Popescu",
                        "Albu",
                        "Jonas",
                        "Jung",
                        "44147",
                        "1992-01-15",
                        "2007-04-01",
                        ";RO;",
                        ";SY;",
                        ELENA.toString(),
                        JONAS.toString(),
                        Stories.FREE_TEXT,
                        "coach1",
                        "OWN_TENANCY");
    }

    @Test
    void givesAParticipantTheSamePseudonymInEveryExportUnderTheSameSecret() {
        var first = pseudonyms(export(SECRET));
        var second = pseudonyms(export(SECRET));
        var otherSecret = pseudonyms(export("another secret altogether"));

        assertThat(second).isEqualTo(first);
        assertThat(first).containsExactlyInAnyOrder(hmac(SECRET, ELENA), hmac(SECRET, JONAS));
        assertThat(otherSecret).hasSize(2).doesNotContainAnyElementsOf(first);
    }

    @Test
    void refusesEveryRoleButEvaluatorsAndAdmins() {
        for (var role : List.of(Role.COACH, Role.TEAM_LEAD, Role.AUDITOR)) {
            var caller = new Caller("someone", Set.of(role));
            var refused = catchThrowableOfType(
                    QueryExecutionException.class, () -> queries(SECRET).handle(new FindParticipantExport(caller)));
            assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
        }
    }

    private ParticipantExport export(String secret) {
        return queries(secret).handle(new FindParticipantExport(EVALUATOR));
    }

    private ExportQueries queries(String secret) {
        return new ExportQueries(
                stories.facts(), new Pseudonyms(new ExportProperties(secret)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<String> pseudonyms(ParticipantExport export) {
        return export.participants().stream()
                .map(ExportedParticipant::pseudonym)
                .toList();
    }

    private static String csv(ParticipantExport export) throws IOException {
        var output = new MockHttpOutputMessage();
        new ParticipantCsv().write(export, new MediaType("text", "csv", StandardCharsets.UTF_8), output);
        return output.getBodyAsString(StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of the id's string form, as 64 hex digits, computed here independently of {@link Pseudonyms}. */
    private static String hmac(String secret, UUID id) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
