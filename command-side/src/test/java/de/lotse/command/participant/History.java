package de.lotse.command.participant;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.RecordExit;
import de.lotse.api.pathway.RecordFollowUp;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.api.pathway.RecordQualification;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.pathway.StartStage;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.RecordMobilitySupport;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.platform.security.Accounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Prior events, commands and callers for the participant's fixture tests: one participant of coach1, born 1991. */
final class History {

    static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    static final PersonalDetails ELENA = new PersonalDetails("Elena", "Popescu", LocalDate.of(1991, 3, 2), "44147");

    static final Map<String, String> COACH1 = CallerMetaData.of(new Caller("coach1", Set.of(Role.COACH)));
    static final Map<String, String> COACH2 = CallerMetaData.of(new Caller("coach2", Set.of(Role.COACH)));
    static final Map<String, String> LEAD = CallerMetaData.of(new Caller("lead", Set.of(Role.TEAM_LEAD)));

    private History() {}

    static EnrolParticipant intakeOn(LocalDate entryDate) {
        return new EnrolParticipant(
                ID,
                ELENA,
                Gender.FEMALE,
                entryDate,
                LabourStatus.LONG_TERM_UNEMPLOYED,
                2,
                Nationality.of("RO"),
                Answer.YES,
                Answer.NO,
                Answer.DECLINED,
                Answer.NO,
                false,
                "coach1");
    }

    static ParticipantEnrolled enrolledOn(LocalDate entryDate) {
        var intake = intakeOn(entryDate);
        return new ParticipantEnrolled(
                ID,
                ELENA,
                ELENA.ageOn(entryDate),
                intake.gender(),
                entryDate,
                intake.labourStatus(),
                intake.isced(),
                intake.nationality(),
                intake.foreignBackground(),
                intake.disability(),
                intake.minority(),
                intake.homeless(),
                intake.rural(),
                intake.coach());
    }

    static StageStarted started(Stage stage, LocalDate startDate) {
        return new StageStarted(ID, stage, startDate);
    }

    static ParticipantExited exitedOn(LocalDate exitDate, Stage... stagesClosed) {
        return new ParticipantExited(ID, exitDate, ExitReason.COMPLETED, List.of(stagesClosed), exitDate.plusMonths(6));
    }

    static LocalDate day(int daysAfterEntry) {
        return ENTRY.plusDays(daysAfterEntry);
    }

    static StartStage start(Stage stage, LocalDate date) {
        return new StartStage(ID, stage, date);
    }

    static CompleteStage complete(Stage stage, LocalDate date, @Nullable String note) {
        return new CompleteStage(ID, stage, date, note);
    }

    static AbortStage abort(Stage stage, LocalDate date, String reason) {
        return new AbortStage(ID, stage, date, reason);
    }

    static RecordQualification qualification(
            LocalDate date, String title, Certificate certificate, QualificationKind kind) {
        return new RecordQualification(ID, date, title, certificate, kind);
    }

    static RecordLabourMarketSituation situation(
            LocalDate date, LabourMarketSituation situation, @Nullable String detail) {
        return new RecordLabourMarketSituation(ID, date, situation, detail);
    }

    static RecordHousingSituation housing(LocalDate date, HousingSituation situation, @Nullable String detail) {
        return new RecordHousingSituation(ID, date, situation, detail);
    }

    static RecordExit exit(LocalDate date, ExitReason reason) {
        return new RecordExit(ID, date, reason);
    }

    static RecordFollowUp followUp(LocalDate date, FollowUpSituation situation, boolean better) {
        return new RecordFollowUp(ID, date, situation, better);
    }

    static CorrectIntake correction(IntakeField field, @Nullable String value) {
        return new CorrectIntake(ID, field, value, "typo at intake");
    }

    static ReassignCoach reassign(String coach) {
        return new ReassignCoach(ID, coach);
    }

    static final ReferralId REFERRAL = ReferralId.of("5d2c8e0a-7b3f-4e61-9c4d-2a1b0f9e8d7c");
    static final String HEALTH_OFFICE = "Gesundheitsamt Dortmund";

    static MakeReferral referral(LocalDate date) {
        return new MakeReferral(ID, REFERRAL, date, ReferralArea.HEALTH, HEALTH_OFFICE, "needs a GP");
    }

    static ReferralMade referredOn(LocalDate date) {
        return new ReferralMade(ID, REFERRAL, date, ReferralArea.HEALTH, HEALTH_OFFICE, "needs a GP");
    }

    static CloseReferral closing(LocalDate date, ReferralOutcome outcome) {
        return new CloseReferral(ID, REFERRAL, date, outcome, "GP found");
    }

    static ReferralClosed closedOn(LocalDate date, ReferralOutcome outcome) {
        return new ReferralClosed(ID, REFERRAL, date, outcome, "GP found");
    }

    static RecordMobilitySupport mobility(LocalDate date, MobilityKind kind) {
        return new RecordMobilitySupport(ID, date, kind, "Münsterland", new BigDecimal("120.00"), "monthly ticket");
    }

    static MobilitySupportRecorded mobilityRecorded(LocalDate date, MobilityKind kind) {
        return new MobilitySupportRecorded(ID, date, kind, "Münsterland", new BigDecimal("120.00"), "monthly ticket");
    }

    /** The account table as the aggregate asks it: every coach named in these tests is an enabled coach. */
    static Accounts everyCoachEnabled() {
        var accounts = mock(Accounts.class);
        when(accounts.isEnabledCoach(anyString())).thenReturn(true);
        return accounts;
    }
}
