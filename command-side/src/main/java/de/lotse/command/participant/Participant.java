package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.ALREADY_ERASED;
import static de.lotse.api.pathway.PathwayRule.DATE_BEFORE_ENTRY;
import static de.lotse.api.pathway.PathwayRule.DUPLICATE_INTAKE;
import static de.lotse.api.pathway.PathwayRule.ENTRY_DATE_AFTER_RECORDED_STEP;
import static de.lotse.api.pathway.PathwayRule.INTAKE_ID_TAKEN;
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
import de.lotse.command.erasure.RetentionPolicy;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.command.system.Refused;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.security.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
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
 * because they feed the result indicators; stages and housing do not. An erasure of the
 * personal data ends the story: nothing more is recorded for the person afterwards.
 *
 * <p>Why one aggregate: nearly every rule needs the entry date, the active stages and the exit
 * at once (no date before entry, no end before the stage's start, no stage after exit, no
 * follow-up before exit, no entry date moved past a recorded step). Split into several
 * aggregates they would have to be kept consistent with each other; as one they are decided in
 * one place, on one stream per participant, whose sequence numbers the history shows.
 *
 * <p>The state holds only what decisions need. The full intake answers belong to the read side;
 * the enrolment event itself is kept as the fingerprint that tells a repeated intake from a
 * different one under the same id.
 */
@Aggregate
class Participant {

    @AggregateIdentifier
    private @Nullable ParticipantId id;

    private ParticipantEnrolled enrolment;
    private IntakeFacts facts;
    private String coach;
    private final ActiveStages stages = new ActiveStages();
    private final Departure departure = new Departure();
    private boolean erased;
    private @Nullable LocalDate earliestStepDate;

    Participant() {
        // Axon rebuilds the participant from its events.
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
            requireSameIntake(command);
            return EnrolmentOutcome.ALREADY_ENROLLED;
        }
        requireCoach(command.coach(), accounts);
        var enrolment = IntakeFacts.enrolmentOf(command);
        requireNoDuplicate(register.claim(command.participantId(), command.personalDetails()), caller, register);
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
        requireEntryNotPastRecordedStep(corrected.entryDate());
        requireStillUniqueAfter(command, corrected, CallerMetaData.callerOf(metaData), register);
        apply(new IntakeCorrected(
                command.participantId(), command.field(), command.value(), command.reason(), corrected.ageAtEntry()));
    }

    /**
     * Erasure destroys the participant's key and their entry in the duplicate register in the
     * transaction that records it, so the erasure and its record stand or fall together.
     */
    @CommandHandler
    void handle(
            ErasePersonalData command,
            RetentionPolicy retention,
            Clock clock,
            ParticipantKeys keys,
            IntakeRegister register) {
        requireRetentionRespected(command, retention, LocalDate.now(clock));
        register.release(command.participantId());
        keys.destroy(command.participantId().value());
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
        noteStep(event.startDate());
    }

    @EventSourcingHandler
    void on(StageCompleted event) {
        stages.ended(event.stage());
        noteStep(event.date());
    }

    @EventSourcingHandler
    void on(StageAborted event) {
        stages.ended(event.stage());
        noteStep(event.date());
    }

    @EventSourcingHandler
    void on(QualificationRecorded event) {
        noteStep(event.date());
    }

    @EventSourcingHandler
    void on(LabourMarketSituationRecorded event) {
        noteStep(event.date());
    }

    @EventSourcingHandler
    void on(HousingSituationRecorded event) {
        noteStep(event.date());
    }

    @EventSourcingHandler
    void on(ParticipantExited event) {
        departure.exited(event.exitDate());
        stages.closed(event.stagesClosed());
        noteStep(event.exitDate());
    }

    @EventSourcingHandler
    void on(FollowUpBecameDue event) {
        departure.followUpFellDue();
    }

    @EventSourcingHandler
    void on(FollowUpRecorded event) {
        departure.followUpRecorded();
        noteStep(event.date());
    }

    private void noteStep(LocalDate date) {
        earliestStepDate = earliestStepDate == null || date.isBefore(earliestStepDate) ? date : earliestStepDate;
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

    private void requireSameIntake(EnrolParticipant command) {
        if (!enrolment.equals(IntakeFacts.enrolmentOf(command))) {
            throw new PathwayRuleViolation(
                    INTAKE_ID_TAKEN, "Participant " + command.participantId() + " was enrolled with other answers.");
        }
    }

    /**
     * The existing participant is named only to a caller who may read them; anyone else learns that
     * the person is enrolled in another caseload, which a team lead can move them out of.
     */
    private static void requireNoDuplicate(Optional<ParticipantId> existing, Caller caller, IntakeRegister register) {
        existing.ifPresent(other -> {
            if (caller.isSystem()
                    || register.coachOf(other)
                            .filter(caller::mayAccessCaseloadOf)
                            .isPresent()) {
                throw new PathwayRuleViolation(
                        DUPLICATE_INTAKE,
                        "Participant " + other + " has the same name, date of birth and postcode.",
                        other);
            }
            throw new PathwayRuleViolation(
                    DUPLICATE_INTAKE,
                    "The person is already enrolled in another caseload; a team lead can reassign them to you.");
        });
    }

    private static void requireStillUniqueAfter(
            CorrectIntake command, IntakeFacts corrected, Caller caller, IntakeRegister register) {
        if (command.field().isPersonal()) {
            requireNoDuplicate(register.rekey(command.participantId(), corrected.personalDetails()), caller, register);
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

    private void requireEntryNotPastRecordedStep(LocalDate entryDate) {
        if (earliestStepDate != null && entryDate.isAfter(earliestStepDate)) {
            throw new PathwayRuleViolation(
                    ENTRY_DATE_AFTER_RECORDED_STEP,
                    "The entry date " + entryDate + " would lie after a step recorded on " + earliestStepDate + ".");
        }
    }
}
