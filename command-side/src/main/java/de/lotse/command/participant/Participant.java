package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.ALREADY_ERASED;
import static de.lotse.api.pathway.PathwayRule.DATE_BEFORE_ENTRY;
import static de.lotse.api.pathway.PathwayRule.RETENTION_PERIOD_RUNS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.RecordExit;
import de.lotse.api.pathway.RecordFollowUp;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.api.pathway.RecordQualification;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.pathway.StartStage;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.RecordMobilitySupport;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralMade;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.command.system.Refused;
import de.lotse.command.system.StorageConfiguration;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.platform.messaging.ParticipantState;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.RetentionPolicy;
import de.lotse.platform.security.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A person's way through the programme, and the rule book that guards it.
 *
 * <p>The life cycle: an intake enrols the person with consent and claims their place in the
 * duplicate register. Once COACHING has started, the other stages may start, complete or be
 * aborted in any order; qualifications, labour-market and housing situations are recorded along
 * the way. The exit closes every stage still active and sets the six-month follow-up deadline;
 * exactly one follow-up is recorded, which cancels it, and if none is recorded by then the
 * deadline marks the follow-up due. Qualifications, situations and corrections stay allowed after the exit,
 * because they feed the result indicators; stages and housing do not. Beside the stages the coach
 * refers the person to other services and closes each referral with its outcome, also after the
 * exit, and records mobility support (after the exit only a job in another region). An erasure of
 * the personal data ends the story: nothing more is recorded for the person afterwards.
 *
 * <p>Why one aggregate: nearly every rule needs the entry date, the active stages and the exit
 * at once (no date before entry, no end before the stage's start, no stage after exit, no
 * follow-up before exit, no entry date moved past a recorded step). Split into several
 * aggregates they would have to be kept consistent with each other; as one they are decided in
 * one place, on one stream per participant, whose sequence numbers the history shows.
 *
 * <p>The state holds only what decisions need. The full intake answers belong to the read side;
 * the enrolment event itself is kept as the fingerprint that tells a repeated intake from a
 * different one under the same id. Between commands the state stays in this JVM's cache, and a
 * snapshot of it is stored every so many events (see {@link StorageConfiguration}); the revision
 * names the state's shape, and a snapshot of another shape is ignored: change it with any change
 * of the fields, here or in the parts they hold.
 */
@Aggregate(
        cache = StorageConfiguration.PARTICIPANT_CACHE,
        snapshotTriggerDefinition = StorageConfiguration.PARTICIPANT_SNAPSHOTS)
@Revision("1")
@StoredByFields
class Participant implements ParticipantState {

    @AggregateIdentifier
    private @Nullable ParticipantId id;

    private ParticipantEnrolled enrolment;
    private IntakeFacts facts;
    private String coach;
    private final ActiveStages stages = new ActiveStages();
    private final Departure departure = new Departure();
    private final Referrals referrals = new Referrals();
    private final RecordedSteps steps = new RecordedSteps();
    private boolean erased;

    Participant() {
        // Axon rebuilds the participant from its events.
    }

    /** Only an enrolled participant is ever snapshotted, and only then is their state sealed with their key. */
    @Override
    public ParticipantId participantId() {
        return Objects.requireNonNull(id, "a participant is snapshotted once enrolled");
    }

    /**
     * Every command on an enrolled participant checks the caseload first. An intake that creates
     * the participant meets a fresh instance without a coach; its handler checks the coach it names.
     */
    @CommandHandlerInterceptor
    void checkCaseload(MetaData metaData) {
        if (id != null) {
            requireCaseloadAccess(CallerMetaData.callerOf(metaData), coach, id);
            requireNotErased();
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    EnrolmentOutcome handle(EnrolParticipant command, MetaData metaData, IntakeRegister register, Accounts accounts) {
        var caller = CallerMetaData.callerOf(metaData);
        requireCaseloadAccess(caller, command.coach(), command.participantId());
        if (id != null) {
            IntakeFacts.requireSameIntake(enrolment, command);
            return EnrolmentOutcome.ALREADY_ENROLLED;
        }
        requireCoach(command.coach(), accounts);
        var enrolment = IntakeFacts.enrolmentOf(command);
        new DuplicateIntakes(register, caller).requireNoneFor(command);
        register.assign(command.participantId(), command.coach());
        apply(enrolment);
        return EnrolmentOutcome.ENROLLED;
    }

    @CommandHandler
    void handle(StartStage command) {
        departure.requireNotExited();
        requireNotBeforeEntry(command.startDate());
        stages.requireMayStart(command.stage());
        apply(new StageStarted(command.participantId(), command.stage(), command.startDate()));
    }

    @CommandHandler
    void handle(CompleteStage command) {
        departure.requireNotExited();
        requireNotBeforeEntry(command.date());
        stages.requireMayEnd(command.stage(), command.date());
        apply(new StageCompleted(command.participantId(), command.stage(), command.date(), command.note()));
    }

    @CommandHandler
    void handle(AbortStage command) {
        departure.requireNotExited();
        requireNotBeforeEntry(command.date());
        stages.requireMayEnd(command.stage(), command.date());
        apply(new StageAborted(command.participantId(), command.stage(), command.date(), command.reason()));
    }

    @CommandHandler
    void handle(RecordQualification command) {
        requireNotBeforeEntry(command.date());
        apply(new QualificationRecorded(
                command.participantId(), command.date(), command.title(), command.certificate(), command.kind()));
    }

    @CommandHandler
    void handle(RecordLabourMarketSituation command) {
        requireNotBeforeEntry(command.date());
        apply(new LabourMarketSituationRecorded(
                command.participantId(), command.date(), command.situation(), command.detail()));
    }

    @CommandHandler
    void handle(RecordHousingSituation command) {
        departure.requireNotExited();
        requireNotBeforeEntry(command.date());
        apply(new HousingSituationRecorded(
                command.participantId(), command.date(), command.situation(), command.detail()));
    }

    @CommandHandler
    void handle(MakeReferral command) {
        requireNotBeforeEntry(command.date());
        apply(new ReferralMade(
                command.participantId(),
                command.referralId(),
                command.date(),
                command.area(),
                command.provider(),
                command.note()));
    }

    @CommandHandler
    void handle(CloseReferral command) {
        referrals.requireMayClose(command.referralId(), command.date());
        apply(new ReferralClosed(
                command.participantId(), command.referralId(), command.date(), command.outcome(), command.reason()));
    }

    @CommandHandler
    void handle(RecordMobilitySupport command) {
        departure.requireMobilityAllowed(command.kind());
        requireNotBeforeEntry(command.date());
        apply(new MobilitySupportRecorded(
                command.participantId(),
                command.date(),
                command.kind(),
                command.region(),
                command.amountEur(),
                command.note()));
    }

    @CommandHandler
    void handle(RecordExit command, DeadlineManager deadlines) {
        departure.requireNotExited();
        requireNotBeforeEntry(command.exitDate());
        stages.requireNoneStartedAfter(command.exitDate());
        var followUp = FollowUpDeadline.after(command.exitDate());
        apply(new ParticipantExited(
                command.participantId(), command.exitDate(), command.reason(), stages.running(), followUp.dueDate()));
        followUp.schedule(command.participantId(), deadlines);
    }

    @CommandHandler
    void handle(RecordFollowUp command, DeadlineManager deadlines) {
        departure.requireExited();
        departure.requireNoFollowUpYet();
        departure.requireNotBeforeExit(command.date());
        apply(new FollowUpRecorded(
                command.participantId(), command.date(), command.situation(), command.betterSituation()));
        FollowUpDeadline.cancel(command.participantId(), deadlines);
    }

    /**
     * The deadline is cancelled with the follow-up, but a cancellation can lose a race with a
     * deadline already firing; then the recorded follow-up wins and nothing falls due.
     */
    @DeadlineHandler
    void on(FollowUpDeadline deadline) {
        if (departure.followUpMayFallDue()) {
            apply(new FollowUpBecameDue(id, deadline.dueDate()));
        }
    }

    @CommandHandler
    void handle(CorrectIntake command, MetaData metaData, IntakeRegister register) {
        var corrected = facts.corrected(command.field(), command.value());
        corrected.requireBornBeforeEntry();
        steps.requireNoneBefore(corrected.entryDate());
        new DuplicateIntakes(register, CallerMetaData.callerOf(metaData)).requireNoneAfter(command, corrected);
        apply(new IntakeCorrected(
                command.participantId(), command.field(), command.value(), command.reason(), corrected.ageAtEntry()));
    }

    /**
     * Erasure destroys the participant's key, their entry in the duplicate register and the copies
     * of their state (snapshots, cache) in the transaction that records it, so the erasure and its
     * record stand or fall together.
     */
    @CommandHandler
    void handle(
            ErasePersonalData command,
            RetentionPolicy retention,
            Clock clock,
            ParticipantKeys keys,
            IntakeRegister register,
            StateCopies copies) {
        requireRetentionRespected(command, retention, LocalDate.now(clock));
        register.release(command.participantId());
        keys.destroy(command.participantId().value());
        copies.discard(command.participantId());
        apply(new PersonalDataErased(command.participantId(), command.reason(), command.overrideRetention()));
    }

    @CommandHandler
    void handle(ReassignCoach command, Accounts accounts, IntakeRegister register) {
        requireCoach(command.coach(), accounts);
        register.assign(command.participantId(), command.coach());
        apply(new CoachReassigned(command.participantId(), command.coach()));
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        id = event.participantId();
        enrolment = event;
        facts = new IntakeFacts(event.personalDetails(), event.entryDate());
        coach = event.coach();
    }

    @EventSourcingHandler
    void on(IntakeCorrected event) {
        facts = facts.corrected(event.field(), event.value());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(CoachReassigned event) {
        coach = event.coach();
    }

    @EventSourcingHandler
    void on(StageStarted event) {
        stages.started(event.stage(), event.startDate());
        steps.noted(event.startDate());
    }

    @EventSourcingHandler
    void on(StageCompleted event) {
        stages.ended(event.stage());
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(StageAborted event) {
        stages.ended(event.stage());
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(QualificationRecorded event) {
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(LabourMarketSituationRecorded event) {
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(HousingSituationRecorded event) {
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(ParticipantExited event) {
        departure.exited(event.exitDate());
        stages.closed(event.stagesClosed());
        steps.noted(event.exitDate());
    }

    @EventSourcingHandler
    void on(ReferralMade event) {
        referrals.made(event.referralId(), event.date());
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(ReferralClosed event) {
        referrals.closed(event.referralId());
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(MobilitySupportRecorded event) {
        steps.noted(event.date());
    }

    @EventSourcingHandler
    void on(FollowUpBecameDue event) {
        departure.followUpFellDue();
    }

    @EventSourcingHandler
    void on(FollowUpRecorded event) {
        departure.followUpRecorded();
        steps.noted(event.date());
    }

    /**
     * A coach commands only the own caseload. A message without a sender has no roles and comes
     * from Lotse itself (a migration, a scheduled job); it may act, since HTTP always
     * authenticates and so no request ever arrives as {@code system}.
     */
    private static void requireCaseloadAccess(Caller caller, String coach, ParticipantId participant) {
        if (!caller.isSystem() && !caller.mayAccessCaseloadOf(coach)) {
            throw new CaseloadAccessDenied(participant);
        }
    }

    /** A participant's coach is a person who may hold a caseload: an enabled COACH or TEAM_LEAD. */
    private static void requireCoach(String coach, Accounts accounts) {
        if (!accounts.isEnabledCoach(coach)) {
            throw new Refused(Refusal.notACoach(coach));
        }
    }

    private void requireNotErased() {
        if (erased) {
            throw new PathwayRuleViolation(ALREADY_ERASED, "The participant's personal data were erased.");
        }
    }

    private static void requireRetentionRespected(
            ErasePersonalData command, RetentionPolicy retention, LocalDate today) {
        if (retention.runsOn(today) && !command.overrideRetention()) {
            throw new PathwayRuleViolation(
                    RETENTION_PERIOD_RUNS,
                    "The records must be kept until "
                            + retention.until()
                            + " (lotse.retention.until); erase before then only with overrideRetention "
                            + "and a reason.");
        }
    }

    private void requireNotBeforeEntry(LocalDate date) {
        if (date.isBefore(facts.entryDate())) {
            throw new PathwayRuleViolation(
                    DATE_BEFORE_ENTRY, date + " lies before the entry date " + facts.entryDate() + ".");
        }
    }
}
