package de.lotse.query.esf;

import static de.lotse.api.participant.ParticipantView.StageStatus.ACTIVE;
import static de.lotse.api.participant.ParticipantView.StageStatus.CLOSED_AT_EXIT;

import de.lotse.api.esf.NationalityGroup;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralMade;
import de.lotse.query.esf.Participation.Characteristics;
import de.lotse.query.esf.Participation.Exit;
import de.lotse.query.esf.Participation.FollowUp;
import de.lotse.query.esf.Participation.Mobility;
import de.lotse.query.esf.Participation.Qualification;
import de.lotse.query.esf.Participation.Referral;
import de.lotse.query.esf.Participation.Situation;
import de.lotse.query.esf.Participation.StageRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Folds one participant's facts, in stream order, into a {@link Participation}. A correction
 * replaces one characteristic and brings the age at entry it implies. A stage still active at the
 * exit is closed with the exit date, which is what the exit event records. Facts of a participant
 * whose enrolment is not among them (not yet recorded as of the report's instant) fold to nothing.
 *
 * <p>The facts arrive either as rows of {@code esf_fact} ({@link FactRows}) or as the events
 * themselves ({@link #apply}); public for the pathway analytics, which fold the events into a
 * participation kept between events ({@link #resume}), so both read models share one fold.
 */
public final class ParticipationFold {

    private final UUID participantId;
    private @Nullable Characteristics atEntry;
    private final List<StageRun> stages = new ArrayList<>();
    private final List<Situation> situations = new ArrayList<>();
    private final List<Qualification> qualifications = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<Mobility> mobility = new ArrayList<>();
    private @Nullable Exit exit;
    private @Nullable FollowUp followUp;

    public ParticipationFold(UUID participantId) {
        this.participantId = participantId;
    }

    /** Goes on folding from a participation folded before. */
    public static ParticipationFold resume(Participation participation) {
        var fold = new ParticipationFold(participation.participantId());
        fold.atEntry = participation.atEntry();
        fold.stages.addAll(participation.stages());
        fold.situations.addAll(participation.situations());
        fold.qualifications.addAll(participation.qualifications());
        fold.referrals.addAll(participation.referrals());
        fold.mobility.addAll(participation.mobility());
        fold.exit = participation.exit();
        fold.followUp = participation.followUp();
        return fold;
    }

    /** Folds one event of the participant's stream; events that count in no statistic change nothing. */
    public void apply(ParticipantEvent event) {
        if (event instanceof ParticipantEnrolled enrolled) {
            enrol(Characteristics.at(enrolled));
        } else if (event instanceof IntakeCorrected corrected) {
            correct(corrected.field(), keptValue(corrected.field(), corrected.value()), corrected.ageAtEntry());
        } else if (event instanceof StageStarted started) {
            startStage(started.stage(), started.startDate());
        } else if (event instanceof StageCompleted completed) {
            endStage(completed.stage(), completed.date(), StageStatus.COMPLETED);
        } else if (event instanceof StageAborted aborted) {
            endStage(aborted.stage(), aborted.date(), StageStatus.ABORTED);
        } else if (event instanceof QualificationRecorded qualification) {
            qualification(new Qualification(qualification.date(), qualification.certificate(), qualification.kind()));
        } else if (event instanceof ReferralMade made) {
            referral(new Referral(made.date(), made.area()));
        } else if (event instanceof MobilitySupportRecorded support) {
            mobility(new Mobility(support.date(), support.kind()));
        } else if (event instanceof LabourMarketSituationRecorded situation) {
            situation(new Situation(situation.date(), situation.situation()));
        } else if (event instanceof ParticipantExited exited) {
            exit(new Exit(exited.exitDate(), exited.reason()));
        } else if (event instanceof FollowUpRecorded recorded) {
            followUp(new FollowUp(recorded.date(), recorded.situation(), recorded.betterSituation()));
        }
    }

    /** The corrected value the statistics may keep: none of a personal field, only the group of a nationality. */
    static @Nullable String keptValue(IntakeField field, @Nullable String value) {
        if (value == null || field.isPersonal()) {
            return null;
        }
        return field == IntakeField.NATIONALITY
                ? NationalityGroup.of(field.parse(value, Nationality.class)).name()
                : value;
    }

    UUID participantId() {
        return participantId;
    }

    void enrol(Characteristics characteristics) {
        atEntry = characteristics;
    }

    void correct(IntakeField field, @Nullable String value, int ageAtEntry) {
        if (atEntry != null) {
            atEntry = corrected(atEntry, field, value, ageAtEntry);
        }
    }

    void startStage(Stage stage, LocalDate date) {
        stages.add(new StageRun(stage, ACTIVE, date, null));
    }

    void endStage(Stage stage, LocalDate date, StageStatus status) {
        for (var i = stages.size() - 1; i >= 0; i--) {
            var run = stages.get(i);
            if (run.stage() == stage && run.status() == ACTIVE) {
                stages.set(i, new StageRun(stage, status, run.start(), date));
                return;
            }
        }
    }

    void situation(Situation situation) {
        situations.add(situation);
    }

    void qualification(Qualification qualification) {
        qualifications.add(qualification);
    }

    void referral(Referral referral) {
        referrals.add(referral);
    }

    void mobility(Mobility support) {
        mobility.add(support);
    }

    void exit(Exit exit) {
        this.exit = exit;
        stages.replaceAll(run ->
                run.status() == ACTIVE ? new StageRun(run.stage(), CLOSED_AT_EXIT, run.start(), exit.date()) : run);
    }

    void followUp(FollowUp followUp) {
        this.followUp = followUp;
    }

    public Optional<Participation> result() {
        return Optional.ofNullable(atEntry)
                .map(characteristics -> new Participation(
                        participantId,
                        characteristics,
                        stages,
                        situations,
                        qualifications,
                        exit,
                        followUp,
                        referrals,
                        mobility));
    }

    /** A personal field arrives without its value, and only ISCED may be corrected to unknown. */
    private static Characteristics corrected(Characteristics c, IntakeField field, @Nullable String value, int age) {
        return new Characteristics(
                correctedOr(c.gender(), IntakeField.GENDER, Gender.class, field, value),
                correctedOr(c.entryDate(), IntakeField.ENTRY_DATE, LocalDate.class, field, value),
                age,
                correctedOr(c.labourStatus(), IntakeField.LABOUR_STATUS, LabourStatus.class, field, value),
                field == IntakeField.ISCED ? (Integer) field.parse(value) : c.isced(),
                field == IntakeField.NATIONALITY && value != null
                        ? NationalityGroup.valueOf(value) == NationalityGroup.THIRD_COUNTRY
                        : c.thirdCountry(),
                correctedOr(c.foreignBackground(), IntakeField.FOREIGN_BACKGROUND, Answer.class, field, value),
                correctedOr(c.disability(), IntakeField.DISABILITY, Answer.class, field, value),
                correctedOr(c.minority(), IntakeField.MINORITY, Answer.class, field, value),
                correctedOr(c.homeless(), IntakeField.HOMELESS, Answer.class, field, value),
                correctedOr(c.rural(), IntakeField.RURAL, Boolean.class, field, value));
    }

    /**
     * The corrected value if {@code field} is the one {@code wanted}, else the current one. The
     * facts keep a nationality as its group, not as the code, so it is read apart above.
     */
    private static <T> T correctedOr(
            T current, IntakeField wanted, Class<T> type, IntakeField field, @Nullable String value) {
        return field == wanted && value != null ? field.parse(value, type) : current;
    }
}
