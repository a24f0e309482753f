package de.lotse.query.esf;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One participant's part in the programme as the statistics see it: the characteristics at entry
 * with every correction applied, and the route with its dates. Situations and qualifications are
 * kept in the order they were recorded, because the situation upon leaving breaks a tie of dates
 * by that order. Referrals and mobility support count in no indicator; they are kept, as kinds
 * with their dates, for the pseudonymised export. Public for the export, which is a second reading
 * of the same facts.
 */
public record Participation(
        UUID participantId,
        Characteristics atEntry,
        List<StageRun> stages,
        List<Situation> situations,
        List<Qualification> qualifications,
        @Nullable Exit exit,
        @Nullable FollowUp followUp,
        List<Referral> referrals,
        List<Mobility> mobility) {

    private static final Set<LabourMarketSituation> EMPLOYMENT =
            Set.of(LabourMarketSituation.EMPLOYED, LabourMarketSituation.SELF_EMPLOYED);

    /** The window after the exit date within which a situation or qualification is "upon leaving". */
    public static final int DAYS_UPON_LEAVING = 28;

    public Participation {
        stages = List.copyOf(stages);
        situations = List.copyOf(situations);
        qualifications = List.copyOf(qualifications);
        referrals = List.copyOf(referrals);
        mobility = List.copyOf(mobility);
    }

    /**
     * The ESF+ situation upon leaving: the situation dated last on or before the exit date plus 28
     * days, of equal dates the one recorded last; empty before the exit or without a situation.
     */
    public Optional<LabourMarketSituation> situationUponLeaving() {
        return lastDayUponLeaving()
                .flatMap(lastDay -> situations.stream()
                        .filter(situation -> !situation.date().isAfter(lastDay))
                        // situations are in recording order, so of equal dates the one recorded last wins
                        .reduce((latest, next) -> next.date().isBefore(latest.date()) ? latest : next)
                        .map(Situation::situation));
    }

    /** The last day whose situations and qualifications count as upon leaving; empty before the exit. */
    public Optional<LocalDate> lastDayUponLeaving() {
        return Optional.ofNullable(exit).map(left -> left.date().plusDays(DAYS_UPON_LEAVING));
    }

    /** Employed or self-employed upon leaving (what EECR04 counts, before its restriction by the status at entry). */
    public boolean employedUponLeaving() {
        return situationUponLeaving().filter(EMPLOYMENT::contains).isPresent();
    }

    /** Employed or self-employed at the six-month follow-up (EECR05). */
    public boolean employedSixMonthsAfter() {
        return followUp != null
                && (followUp.situation() == FollowUpSituation.EMPLOYED
                        || followUp.situation() == FollowUpSituation.SELF_EMPLOYED);
    }

    /** The answers of the entry questionnaire that the indicators count. */
    public record Characteristics(
            Gender gender,
            LocalDate entryDate,
            int ageAtEntry,
            LabourStatus labourStatus,
            @Nullable Integer isced,
            boolean thirdCountry,
            Answer foreignBackground,
            Answer disability,
            Answer minority,
            Answer homeless,
            boolean rural) {

        /** The answers as the enrolment recorded them. */
        public static Characteristics at(ParticipantEnrolled event) {
            return new Characteristics(
                    event.gender(),
                    event.entryDate(),
                    event.ageAtEntry(),
                    event.labourStatus(),
                    event.isced(),
                    event.nationality().isThirdCountry(),
                    event.foreignBackground(),
                    event.disability(),
                    event.minority(),
                    event.homeless(),
                    event.rural());
        }
    }

    /** One run of a stage, from its start to its end; a stage may be run again after it ended. */
    public record StageRun(
            Stage stage,
            StageStatus status,
            LocalDate start,
            @Nullable LocalDate end) {}

    /** A labour-market situation on a date. */
    public record Situation(LocalDate date, LabourMarketSituation situation) {}

    /** A qualification's date, certificate and kind. */
    public record Qualification(LocalDate date, Certificate certificate, QualificationKind kind) {}

    /** A referral's date and area. */
    public record Referral(LocalDate date, ReferralArea area) {}

    /** A mobility support's date and kind. */
    public record Mobility(LocalDate date, MobilityKind kind) {}

    /** When and why the participant left. */
    public record Exit(LocalDate date, ExitReason reason) {}

    /** What the six-month follow-up found. */
    public record FollowUp(LocalDate date, FollowUpSituation situation, boolean betterSituation) {}
}
