package de.lotse.command.participant;

import static de.lotse.command.participant.History.COACH1;
import static de.lotse.command.participant.History.COACH2;
import static de.lotse.command.participant.History.ELENA;
import static de.lotse.command.participant.History.ENTRY;
import static de.lotse.command.participant.History.ID;
import static de.lotse.command.participant.History.LEAD;
import static de.lotse.command.participant.History.abort;
import static de.lotse.command.participant.History.closedOn;
import static de.lotse.command.participant.History.closing;
import static de.lotse.command.participant.History.complete;
import static de.lotse.command.participant.History.correction;
import static de.lotse.command.participant.History.day;
import static de.lotse.command.participant.History.enrolledOn;
import static de.lotse.command.participant.History.exit;
import static de.lotse.command.participant.History.exitedOn;
import static de.lotse.command.participant.History.followUp;
import static de.lotse.command.participant.History.housing;
import static de.lotse.command.participant.History.intakeOn;
import static de.lotse.command.participant.History.mobility;
import static de.lotse.command.participant.History.mobilityRecorded;
import static de.lotse.command.participant.History.qualification;
import static de.lotse.command.participant.History.reassign;
import static de.lotse.command.participant.History.referral;
import static de.lotse.command.participant.History.referredOn;
import static de.lotse.command.participant.History.situation;
import static de.lotse.command.participant.History.start;
import static de.lotse.command.participant.History.started;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.command.system.Refused;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.RetentionPolicy;
import de.lotse.platform.security.Accounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final ParticipantId OTHER = ParticipantId.of("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final RetentionPolicy RETENTION_UNTIL_2032 = new RetentionPolicy(LocalDate.of(2032, 1, 1));

    private final IntakeRegister register = mock(IntakeRegister.class);
    private final ParticipantKeys keys = mock(ParticipantKeys.class);
    private final StateCopies copies = mock(StateCopies.class);
    private final Accounts accounts = History.everyCoachEnabled();
    private FixtureConfiguration<Participant> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(copies);
        fixture.registerInjectableResource(accounts);
        fixture.registerInjectableResource(RETENTION_UNTIL_2032);
        fixture.registerInjectableResource(
                Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    private static Matcher<Object> violates(PathwayRule rule) {
        return new FeatureMatcher<Object, @Nullable PathwayRule>(equalTo(rule), "a violation of", "rule") {
            @Override
            protected @Nullable PathwayRule featureValueOf(Object actual) {
                return actual instanceof PathwayRuleViolation violation ? violation.rule() : null;
            }
        };
    }

    private static Matcher<Object> refusedAs(Refusal.Reason reason) {
        return new FeatureMatcher<Object, Refusal.@Nullable Reason>(equalTo(reason), "a refusal", "reason") {
            @Override
            protected Refusal.@Nullable Reason featureValueOf(Object actual) {
                return actual instanceof Refused refused ? refused.refusal().reason() : null;
            }
        };
    }

    private static Matcher<Object> withoutExistingId() {
        return new FeatureMatcher<Object, Boolean>(equalTo(true), "naming no", "existingId absent") {
            @Override
            protected Boolean featureValueOf(Object actual) {
                return actual instanceof PathwayRuleViolation violation
                        && violation.toRuleViolation().existingId() == null;
            }
        };
    }

    private static Matcher<Object> existingId(ParticipantId existing) {
        return new FeatureMatcher<Object, @Nullable String>(equalTo(existing.toString()), "naming", "existingId") {
            @Override
            protected @Nullable String featureValueOf(Object actual) {
                return actual instanceof PathwayRuleViolation violation
                        ? violation.toRuleViolation().existingId()
                        : null;
            }
        };
    }

    @Nested
    class EnrolParticipant {

        @Test
        void enrolsANewParticipantWithTheAgeAtEntry() {
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ENTRY), COACH1)
                    .expectEvents(enrolledOn(ENTRY))
                    .expectResultMessagePayload(EnrolmentOutcome.ENROLLED);
            verify(register).claim(ID, ELENA);
            verify(register).assign(ID, "coach1");
        }

        @Test
        void rejectsACoachWhoIsNoEnabledCoachAccount() {
            when(accounts.isEnabledCoach("coach1")).thenReturn(false);
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ENTRY), LEAD)
                    .expectException(refusedAs(Refusal.Reason.NOT_A_COACH))
                    .expectNoEvents();
            verifyNoInteractions(register);
        }

        @Test
        void answersAlreadyEnrolledWhenTheSameIntakeIsRepeated() {
            fixture.given(enrolledOn(ENTRY))
                    .when(intakeOn(ENTRY), COACH1)
                    .expectNoEvents()
                    .expectResultMessagePayload(EnrolmentOutcome.ALREADY_ENROLLED);
            verifyNoInteractions(register);
        }

        @Test
        void rejectsOtherAnswersUnderATakenId() {
            fixture.given(enrolledOn(ENTRY))
                    .when(intakeOn(day(1)), COACH1)
                    .expectException(violates(PathwayRule.INTAKE_ID_TAKEN))
                    .expectNoEvents();
        }

        @Test
        void rejectsADuplicateNamingTheExistingParticipant() {
            when(register.claim(ID, ELENA)).thenReturn(Optional.of(OTHER));
            when(register.coachOf(OTHER)).thenReturn(Optional.of("coach1"));
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ENTRY), COACH1)
                    .expectException(allOf(violates(PathwayRule.DUPLICATE_INTAKE), existingId(OTHER)))
                    .expectNoEvents();
        }

        @Test
        void rejectsADuplicateInAnotherCaseloadWithoutNamingIt() {
            when(register.claim(ID, ELENA)).thenReturn(Optional.of(OTHER));
            when(register.coachOf(OTHER)).thenReturn(Optional.of("coach2"));
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ENTRY), COACH1)
                    .expectException(allOf(violates(PathwayRule.DUPLICATE_INTAKE), withoutExistingId()))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateOfBirthNotBeforeTheEntryDateAndClaimsNothing() {
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ELENA.dateOfBirth()), COACH1)
                    .expectException(violates(PathwayRule.BORN_AFTER_ENTRY))
                    .expectNoEvents();
            verifyNoInteractions(register);
        }

        @Test
        void rejectsACoachEnrollingIntoAnotherCoachesCaseload() {
            fixture.givenNoPriorActivity()
                    .when(intakeOn(ENTRY), COACH2)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
            verifyNoInteractions(register);
        }

        @Test
        void letsATeamLeadEnrolIntoAnyCoachesCaseload() {
            fixture.givenNoPriorActivity().when(intakeOn(ENTRY), LEAD).expectEvents(enrolledOn(ENTRY));
        }
    }

    @Nested
    class CaseloadAccess {

        @Test
        void rejectsACoachCommandingAnotherCoachesParticipant() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.COACHING, ENTRY), COACH2)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
        }

        @Test
        void letsATeamLeadCommandEveryParticipant() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.COACHING, ENTRY), LEAD)
                    .expectEvents(started(Stage.COACHING, ENTRY));
        }

        @Test
        void letsLotseItselfActWithoutASender() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.COACHING, ENTRY))
                    .expectEvents(started(Stage.COACHING, ENTRY));
        }

        @Test
        void followsTheParticipantIntoTheNewCoachesCaseload() {
            fixture.given(enrolledOn(ENTRY), new CoachReassigned(ID, "coach2"))
                    .when(start(Stage.COACHING, ENTRY), COACH1)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class StartStage {

        @Test
        void startsCoaching() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.COACHING, day(5)), COACH1)
                    .expectEvents(new StageStarted(ID, Stage.COACHING, day(5)));
        }

        @Test
        void rejectsAStartBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.COACHING, day(-1)), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void rejectsQualificationBeforeCoachingStarted() {
            fixture.given(enrolledOn(ENTRY))
                    .when(start(Stage.QUALIFICATION, day(5)), COACH1)
                    .expectException(violates(PathwayRule.COACHING_FIRST))
                    .expectNoEvents();
        }

        @Test
        void startsQualificationOnceCoachingHasStartedEvenIfItEnded() {
            fixture.given(
                            enrolledOn(ENTRY),
                            started(Stage.COACHING, day(1)),
                            new StageCompleted(ID, Stage.COACHING, day(3), null))
                    .when(start(Stage.QUALIFICATION, day(5)), COACH1)
                    .expectEvents(started(Stage.QUALIFICATION, day(5)));
        }

        @Test
        void rejectsAStageThatIsActive() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)))
                    .when(start(Stage.COACHING, day(5)), COACH1)
                    .expectException(violates(PathwayRule.STAGE_ALREADY_ACTIVE))
                    .expectNoEvents();
        }

        @Test
        void restartsAStageThatWasAborted() {
            fixture.given(
                            enrolledOn(ENTRY),
                            started(Stage.COACHING, day(1)),
                            new StageAborted(ID, Stage.COACHING, day(2), "ill"))
                    .when(start(Stage.COACHING, day(5)), COACH1)
                    .expectEvents(started(Stage.COACHING, day(5)));
        }

        @Test
        void rejectsAStageAfterExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(start(Stage.COACHING, day(31)), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoEvents();
        }
    }

    @Nested
    class CompleteStage {

        @Test
        void completesAnActiveStage() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)))
                    .when(complete(Stage.COACHING, day(40), "done"), COACH1)
                    .expectEvents(new StageCompleted(ID, Stage.COACHING, day(40), "done"));
        }

        @Test
        void rejectsAStageThatIsNotActive() {
            fixture.given(enrolledOn(ENTRY))
                    .when(complete(Stage.COACHING, day(40), null), COACH1)
                    .expectException(violates(PathwayRule.STAGE_NOT_ACTIVE))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, ENTRY))
                    .when(complete(Stage.COACHING, day(-1), null), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheStagesStart() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(10)))
                    .when(complete(Stage.COACHING, day(9), null), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_STAGE_START))
                    .expectNoEvents();
        }

        @Test
        void rejectsACompletionAfterExit() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)), exitedOn(day(30), Stage.COACHING))
                    .when(complete(Stage.COACHING, day(31), null), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoEvents();
        }
    }

    @Nested
    class AbortStage {

        @Test
        void abortsAnActiveStage() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)))
                    .when(abort(Stage.COACHING, day(20), "moved"), COACH1)
                    .expectEvents(new StageAborted(ID, Stage.COACHING, day(20), "moved"));
        }

        @Test
        void rejectsAStageThatIsNotActive() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)))
                    .when(abort(Stage.QUALIFICATION, day(20), "moved"), COACH1)
                    .expectException(violates(PathwayRule.STAGE_NOT_ACTIVE))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, ENTRY))
                    .when(abort(Stage.COACHING, day(-1), "moved"), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheStagesStart() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(10)))
                    .when(abort(Stage.COACHING, day(2), "moved"), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_STAGE_START))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnAbortAfterExit() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(1)), exitedOn(day(30), Stage.COACHING))
                    .when(abort(Stage.COACHING, day(31), "moved"), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordQualification {

        @Test
        void recordsAQualification() {
            fixture.given(enrolledOn(ENTRY))
                    .when(
                            qualification(
                                    day(100), "Forklift licence", Certificate.RECOGNISED, QualificationKind.VOCATIONAL),
                            COACH1)
                    .expectEvents(new QualificationRecorded(
                            ID, day(100), "Forklift licence", Certificate.RECOGNISED, QualificationKind.VOCATIONAL));
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(
                            qualification(
                                    day(-1), "Forklift licence", Certificate.RECOGNISED, QualificationKind.VOCATIONAL),
                            COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void recordsTheKindOfATrainingForEverydayLife() {
            fixture.given(enrolledOn(ENTRY))
                    .when(
                            qualification(
                                    day(20), "Budget course", Certificate.MODULE, QualificationKind.EVERYDAY_LIFE),
                            COACH1)
                    .expectEvents(new QualificationRecorded(
                            ID, day(20), "Budget course", Certificate.MODULE, QualificationKind.EVERYDAY_LIFE));
        }

        @Test
        void recordsAQualificationAfterExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(qualification(day(40), "Welding", Certificate.MODULE, QualificationKind.VOCATIONAL), COACH1)
                    .expectEvents(new QualificationRecorded(
                            ID, day(40), "Welding", Certificate.MODULE, QualificationKind.VOCATIONAL));
        }
    }

    @Nested
    class RecordLabourMarketSituation {

        @Test
        void recordsASituation() {
            fixture.given(enrolledOn(ENTRY))
                    .when(situation(day(50), LabourMarketSituation.EMPLOYED, "warehouse"), COACH1)
                    .expectEvents(new LabourMarketSituationRecorded(
                            ID, day(50), LabourMarketSituation.EMPLOYED, "warehouse"));
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(situation(day(-3), LabourMarketSituation.EMPLOYED, null), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void recordsASituationAfterExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(situation(day(45), LabourMarketSituation.EMPLOYED, null), COACH1)
                    .expectEvents(new LabourMarketSituationRecorded(ID, day(45), LabourMarketSituation.EMPLOYED, null));
        }
    }

    @Nested
    class RecordHousingSituation {

        @Test
        void recordsAHousingSituation() {
            fixture.given(enrolledOn(ENTRY))
                    .when(housing(day(20), HousingSituation.OWN_TENANCY, null), COACH1)
                    .expectEvents(new HousingSituationRecorded(ID, day(20), HousingSituation.OWN_TENANCY, null));
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(housing(day(-1), HousingSituation.OWN_TENANCY, null), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void rejectsAHousingSituationAfterExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(housing(day(20), HousingSituation.OWN_TENANCY, null), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordExit {

        @Test
        void exitsClosingTheActiveStages() {
            fixture.given(
                            enrolledOn(ENTRY),
                            started(Stage.COACHING, day(1)),
                            started(Stage.LANGUAGE_SUPPORT, day(2)),
                            started(Stage.QUALIFICATION, day(3)),
                            new StageCompleted(ID, Stage.QUALIFICATION, day(20), null))
                    .when(exit(day(30), ExitReason.COMPLETED), COACH1)
                    .expectEvents(new ParticipantExited(
                            ID,
                            day(30),
                            ExitReason.COMPLETED,
                            List.of(Stage.COACHING, Stage.LANGUAGE_SUPPORT),
                            day(30).plusMonths(6)));
        }

        @Test
        void setsTheFollowUpDeadlineSixMonthsAfterExitAtTheStartOfThatDayInUtc() {
            var dueAt = Instant.parse("2026-08-14T00:00:00Z");
            fixture.given(enrolledOn(ENTRY))
                    .when(exit(day(30), ExitReason.COMPLETED), COACH1)
                    .expectScheduledDeadline(dueAt, new FollowUpDeadline(LocalDate.of(2026, 8, 14)))
                    .expectScheduledDeadlineWithName(dueAt, FollowUpDeadline.nameFor(ID));
        }

        @Test
        void setsTheFollowUpDeadlineOnTheLastDayOfAShorterMonth() {
            fixture.given(enrolledOn(ENTRY))
                    .when(exit(LocalDate.of(2026, 8, 31), ExitReason.DROPPED_OUT), COACH1)
                    .expectScheduledDeadline(
                            Instant.parse("2027-02-28T00:00:00Z"), new FollowUpDeadline(LocalDate.of(2027, 2, 28)));
        }

        @Test
        void setsNoDeadlineWhenTheExitIsRefused() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(exit(day(31), ExitReason.OTHER), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void rejectsASecondExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(exit(day(31), ExitReason.OTHER), COACH1)
                    .expectException(violates(PathwayRule.ALREADY_EXITED))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(exit(day(-1), ExitReason.DROPPED_OUT), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheStartOfAnActiveStage() {
            fixture.given(enrolledOn(ENTRY), started(Stage.COACHING, day(10)))
                    .when(exit(day(9), ExitReason.DROPPED_OUT), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_STAGE_START))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordFollowUp {

        @Test
        void recordsTheFollowUp() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(followUp(day(210), FollowUpSituation.EMPLOYED, true), COACH1)
                    .expectEvents(new FollowUpRecorded(ID, day(210), FollowUpSituation.EMPLOYED, true));
        }

        @Test
        void cancelsTheFollowUpDeadline() {
            fixture.given(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .when(followUp(day(210), FollowUpSituation.UNREACHABLE, false), COACH1)
                    .expectEvents(new FollowUpRecorded(ID, day(210), FollowUpSituation.UNREACHABLE, false))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void recordsTheFollowUpAfterItFellDue() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)), new FollowUpBecameDue(ID, day(30).plusMonths(6)))
                    .when(followUp(day(250), FollowUpSituation.EMPLOYED, false), COACH1)
                    .expectEvents(new FollowUpRecorded(ID, day(250), FollowUpSituation.EMPLOYED, false));
        }

        @Test
        void rejectsAFollowUpWithoutExit() {
            fixture.given(enrolledOn(ENTRY))
                    .when(followUp(day(210), FollowUpSituation.EMPLOYED, true), COACH1)
                    .expectException(violates(PathwayRule.FOLLOW_UP_NEEDS_EXIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateBeforeTheExitDate() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(followUp(day(29), FollowUpSituation.UNREACHABLE, false), COACH1)
                    .expectException(violates(PathwayRule.FOLLOW_UP_BEFORE_EXIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondFollowUp() {
            fixture.given(
                            enrolledOn(ENTRY),
                            exitedOn(day(30)),
                            new FollowUpRecorded(ID, day(210), FollowUpSituation.UNREACHABLE, false))
                    .when(followUp(day(215), FollowUpSituation.EMPLOYED, true), COACH1)
                    .expectException(violates(PathwayRule.FOLLOW_UP_ALREADY_RECORDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class FollowUpFallsDue {

        private static final Instant EXIT_RECORDED = Instant.parse("2026-02-14T09:30:00Z");
        private static final LocalDate DUE = LocalDate.of(2026, 8, 14);

        @Test
        void marksTheFollowUpDueWhenTheDeadlineArrivesWithoutFollowUp() {
            fixture.givenCurrentTime(EXIT_RECORDED)
                    .andGiven(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .whenThenTimeAdvancesTo(Instant.parse("2026-08-14T00:00:00Z"))
                    .expectTriggeredDeadlines(new FollowUpDeadline(DUE))
                    .expectEvents(new FollowUpBecameDue(ID, DUE));
        }

        @Test
        void marksNothingDueBeforeTheDeadline() {
            fixture.givenCurrentTime(EXIT_RECORDED)
                    .andGiven(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .whenThenTimeAdvancesTo(Instant.parse("2026-08-13T23:59:59Z"))
                    .expectNoEvents()
                    .expectScheduledDeadline(Instant.parse("2026-08-14T00:00:00Z"), new FollowUpDeadline(DUE));
        }

        @Test
        void marksTheFollowUpDueOnceSixMonthsHaveElapsed() {
            fixture.givenCurrentTime(EXIT_RECORDED)
                    .andGiven(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .whenThenTimeElapses(Duration.ofDays(200))
                    .expectEvents(new FollowUpBecameDue(ID, DUE));
        }

        @Test
        void marksNothingDueWhenTheFollowUpWasRecordedFirst() {
            fixture.givenCurrentTime(EXIT_RECORDED)
                    .andGiven(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .andGiven(new FollowUpRecorded(ID, day(100), FollowUpSituation.UNREACHABLE, false))
                    .whenThenTimeAdvancesTo(Instant.parse("2026-08-15T00:00:00Z"))
                    .expectTriggeredDeadlines(new FollowUpDeadline(DUE))
                    .expectNoEvents();
        }

        @Test
        void marksTheFollowUpDueOnlyOnce() {
            fixture.givenCurrentTime(EXIT_RECORDED)
                    .andGiven(enrolledOn(ENTRY))
                    .andGivenCommands(exit(day(30), ExitReason.COMPLETED))
                    .andGiven(new FollowUpBecameDue(ID, DUE))
                    .whenThenTimeAdvancesTo(Instant.parse("2026-08-15T00:00:00Z"))
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectIntake {

        private static final int AGE_AT_ENTRY = 34;

        @Test
        void correctsAnAnswerKeepingTheAgeAtEntry() {
            fixture.given(enrolledOn(ENTRY))
                    .when(correction(IntakeField.LABOUR_STATUS, LabourStatus.UNEMPLOYED.name()), COACH1)
                    .expectEvents(corrected(IntakeField.LABOUR_STATUS, "UNEMPLOYED", AGE_AT_ENTRY));
            verifyNoInteractions(register);
        }

        @Test
        void correctsTheDateOfBirthWithTheNewAgeAndKey() {
            var correctedDetails = new PersonalDetails("Elena", "Popescu", LocalDate.of(1981, 3, 2), "44147");
            fixture.given(enrolledOn(ENTRY))
                    .when(correction(IntakeField.DATE_OF_BIRTH, "1981-03-02"), COACH1)
                    .expectEvents(corrected(IntakeField.DATE_OF_BIRTH, "1981-03-02", 44));
            verify(register).rekey(ID, correctedDetails);
        }

        @Test
        void rejectsANameThatMakesItADuplicate() {
            when(register.rekey(any(), any())).thenReturn(Optional.of(OTHER));
            when(register.coachOf(OTHER)).thenReturn(Optional.of("coach1"));
            fixture.given(enrolledOn(ENTRY))
                    .when(correction(IntakeField.LAST_NAME, "Ionescu"), COACH1)
                    .expectException(allOf(violates(PathwayRule.DUPLICATE_INTAKE), existingId(OTHER)))
                    .expectNoEvents();
        }

        @Test
        void movesTheEntryDateUpToTheEarliestRecordedStep() {
            fixture.given(
                            enrolledOn(ENTRY),
                            started(Stage.COACHING, day(10)),
                            new QualificationRecorded(
                                    ID, day(5), "First aid", Certificate.ATTENDANCE_ONLY, QualificationKind.VOCATIONAL))
                    .when(correction(IntakeField.ENTRY_DATE, day(5).toString()), COACH1)
                    .expectEvents(corrected(IntakeField.ENTRY_DATE, day(5).toString(), AGE_AT_ENTRY));
        }

        @Test
        void rejectsAnEntryDateAfterARecordedStep() {
            fixture.given(
                            enrolledOn(ENTRY),
                            started(Stage.COACHING, day(10)),
                            new QualificationRecorded(
                                    ID, day(5), "First aid", Certificate.ATTENDANCE_ONLY, QualificationKind.VOCATIONAL))
                    .when(correction(IntakeField.ENTRY_DATE, day(6).toString()), COACH1)
                    .expectException(violates(PathwayRule.ENTRY_DATE_AFTER_RECORDED_STEP))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnEntryDateAfterTheExitDate() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(correction(IntakeField.ENTRY_DATE, day(31).toString()), COACH1)
                    .expectException(violates(PathwayRule.ENTRY_DATE_AFTER_RECORDED_STEP))
                    .expectNoEvents();
        }

        @Test
        void rejectsADateOfBirthOrEntryDateThatWouldHaveThePersonBornAfterEntry() {
            fixture.given(enrolledOn(ENTRY))
                    .when(correction(IntakeField.DATE_OF_BIRTH, ENTRY.toString()), COACH1)
                    .expectException(violates(PathwayRule.BORN_AFTER_ENTRY))
                    .expectNoEvents();
            fixture.given(enrolledOn(ENTRY))
                    .when(
                            correction(
                                    IntakeField.ENTRY_DATE,
                                    ELENA.dateOfBirth().minusDays(1).toString()),
                            COACH1)
                    .expectException(violates(PathwayRule.BORN_AFTER_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void judgesLaterDatesAgainstTheCorrectedEntryDate() {
            fixture.given(enrolledOn(ENTRY), corrected(IntakeField.ENTRY_DATE, day(10).toString(), AGE_AT_ENTRY))
                    .when(start(Stage.COACHING, day(9)), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void correctsAnAnswerAfterExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(correction(IntakeField.ISCED, null), COACH1)
                    .expectEvents(corrected(IntakeField.ISCED, null, AGE_AT_ENTRY));
        }

        private IntakeCorrected corrected(IntakeField field, @Nullable String value, int ageAtEntry) {
            return new IntakeCorrected(ID, field, value, "typo at intake", ageAtEntry);
        }
    }

    @Nested
    class ReassignCoach {

        @Test
        void movesTheParticipantIntoAnotherCaseload() {
            fixture.given(enrolledOn(ENTRY))
                    .when(reassign("coach2"), LEAD)
                    .expectEvents(new CoachReassigned(ID, "coach2"));
        }

        @Test
        void rejectsAnAccountThatHoldsNoCaseload() {
            when(accounts.isEnabledCoach("evaluator")).thenReturn(false);
            fixture.given(enrolledOn(ENTRY))
                    .when(reassign("evaluator"), LEAD)
                    .expectException(refusedAs(Refusal.Reason.NOT_A_COACH))
                    .expectNoEvents();
        }

        @Test
        void letsTheNewCoachCommandTheParticipant() {
            fixture.given(enrolledOn(ENTRY), new CoachReassigned(ID, "coach2"))
                    .when(start(Stage.COACHING, ENTRY), COACH2)
                    .expectEvents(started(Stage.COACHING, ENTRY));
        }
    }

    @Nested
    class ErasePersonalData {

        private static final Map<String, String> ADMIN = CallerMetaData.of(new Caller("admin", Set.of(Role.ADMIN)));

        @Test
        void destroysTheKeyTheRegisterEntryAndTheCopiesOfTheStateWhenRetentionIsOverridden() {
            fixture.given(enrolledOn(ENTRY))
                    .when(new de.lotse.api.participant.ErasePersonalData(ID, "request of the participant", true), ADMIN)
                    .expectEvents(new PersonalDataErased(ID, "request of the participant", true));
            verify(keys).destroy(ID.value());
            verify(register).release(ID);
            verify(copies).discard(ID);
        }

        @Test
        void refusesErasureWhileTheRetentionPeriodRuns() {
            fixture.given(enrolledOn(ENTRY))
                    .when(
                            new de.lotse.api.participant.ErasePersonalData(ID, "request of the participant", false),
                            ADMIN)
                    .expectNoEvents()
                    .expectException(violates(PathwayRule.RETENTION_PERIOD_RUNS));
            verifyNoInteractions(keys, copies);
        }

        @Test
        void refusesEveryFurtherCommandOnceErased() {
            fixture.given(enrolledOn(ENTRY), new PersonalDataErased(ID, "request", true))
                    .when(start(Stage.COACHING, ENTRY), COACH1)
                    .expectNoEvents()
                    .expectException(violates(PathwayRule.ALREADY_ERASED));
        }

        @Test
        void readsAStoredCorrectionOfTheDateOfBirthAsGoneOnceErased() {
            // As the events read after an erasure: the sealed value of a personal correction is the marker.
            var erasedCorrection = new IntakeCorrected(
                    ID, IntakeField.DATE_OF_BIRTH, PersonalDetails.ERASED, PersonalDetails.ERASED, 34);
            fixture.given(enrolledOn(ENTRY), erasedCorrection, new PersonalDataErased(ID, "request", true))
                    .when(start(Stage.COACHING, ENTRY), COACH1)
                    .expectNoEvents()
                    .expectException(violates(PathwayRule.ALREADY_ERASED));
        }

        @Test
        void refusesASecondErasure() {
            fixture.given(enrolledOn(ENTRY), new PersonalDataErased(ID, "request", true))
                    .when(new de.lotse.api.participant.ErasePersonalData(ID, "again", true), ADMIN)
                    .expectNoEvents()
                    .expectException(violates(PathwayRule.ALREADY_ERASED));
        }
    }

    @Nested
    class MakeReferral {

        @Test
        void refersTheParticipantToAProvider() {
            fixture.given(enrolledOn(ENTRY)).when(referral(day(3)), COACH1).expectEvents(referredOn(day(3)));
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(referral(day(-1)), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void refersAfterTheExitToo() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(referral(day(40)), COACH1)
                    .expectEvents(referredOn(day(40)));
        }

        @Test
        void rejectsAReferralAfterTheErasure() {
            fixture.given(enrolledOn(ENTRY), new PersonalDataErased(ID, "request", true))
                    .when(referral(day(3)), LEAD)
                    .expectException(violates(PathwayRule.ALREADY_ERASED))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherCoachesParticipant() {
            fixture.given(enrolledOn(ENTRY))
                    .when(referral(day(3)), COACH2)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class CloseReferral {

        @Test
        void closesAnOpenReferralWithItsOutcome() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)))
                    .when(closing(day(20), ReferralOutcome.RESOLVED), COACH1)
                    .expectEvents(closedOn(day(20), ReferralOutcome.RESOLVED));
        }

        @Test
        void closesOnTheDayTheReferralWasMade() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)))
                    .when(closing(day(3), ReferralOutcome.WITHDRAWN), COACH1)
                    .expectEvents(closedOn(day(3), ReferralOutcome.WITHDRAWN));
        }

        @Test
        void rejectsADateBeforeTheReferral() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)))
                    .when(closing(day(2), ReferralOutcome.RESOLVED), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_REFERRAL))
                    .expectNoEvents();
        }

        @Test
        void rejectsAReferralClosedAlready() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)), closedOn(day(20), ReferralOutcome.RESOLVED))
                    .when(closing(day(25), ReferralOutcome.PARTLY_RESOLVED), COACH1)
                    .expectException(violates(PathwayRule.REFERRAL_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void refusesAReferralTheParticipantNeverHad() {
            var unknown = new de.lotse.api.support.CloseReferral(
                    ID, ReferralId.random(), day(20), ReferralOutcome.RESOLVED, null);
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)))
                    .when(unknown, COACH1)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_REFERRAL))
                    .expectNoEvents();
        }

        @Test
        void closesAfterTheExit() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)), exitedOn(day(30)))
                    .when(closing(day(45), ReferralOutcome.NOT_RESOLVED), COACH1)
                    .expectEvents(closedOn(day(45), ReferralOutcome.NOT_RESOLVED));
        }

        @Test
        void rejectsAClosingAfterTheErasure() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)), new PersonalDataErased(ID, "request", true))
                    .when(closing(day(20), ReferralOutcome.RESOLVED), LEAD)
                    .expectException(violates(PathwayRule.ALREADY_ERASED))
                    .expectNoEvents();
        }

        @Test
        void keepsTheEntryDateFromMovingPastTheReferral() {
            fixture.given(enrolledOn(ENTRY), referredOn(day(3)))
                    .when(correction(IntakeField.ENTRY_DATE, day(4).toString()), COACH1)
                    .expectException(violates(PathwayRule.ENTRY_DATE_AFTER_RECORDED_STEP))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordMobilitySupport {

        @Test
        void recordsTravelCostsDuringParticipation() {
            fixture.given(enrolledOn(ENTRY))
                    .when(mobility(day(10), MobilityKind.TRAVEL_COSTS), COACH1)
                    .expectEvents(mobilityRecorded(day(10), MobilityKind.TRAVEL_COSTS));
        }

        @Test
        void rejectsADateBeforeTheEntryDate() {
            fixture.given(enrolledOn(ENTRY))
                    .when(mobility(day(-1), MobilityKind.TICKET), COACH1)
                    .expectException(violates(PathwayRule.DATE_BEFORE_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void recordsAJobInAnotherRegionAfterTheExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(mobility(day(40), MobilityKind.JOB_IN_OTHER_REGION), COACH1)
                    .expectEvents(mobilityRecorded(day(40), MobilityKind.JOB_IN_OTHER_REGION));
        }

        @Test
        void rejectsAnyOtherSupportAfterTheExit() {
            fixture.given(enrolledOn(ENTRY), exitedOn(day(30)))
                    .when(mobility(day(40), MobilityKind.RELOCATION), COACH1)
                    .expectException(violates(PathwayRule.MOBILITY_AFTER_EXIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsSupportAfterTheErasure() {
            fixture.given(enrolledOn(ENTRY), new PersonalDataErased(ID, "request", true))
                    .when(mobility(day(10), MobilityKind.JOB_IN_OTHER_REGION), LEAD)
                    .expectException(violates(PathwayRule.ALREADY_ERASED))
                    .expectNoEvents();
        }
    }
}
