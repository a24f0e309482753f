package de.lotse.query.esf;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
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

    public Participation {
        stages = List.copyOf(stages);
        situations = List.copyOf(situations);
        qualifications = List.copyOf(qualifications);
        referrals = List.copyOf(referrals);
        mobility = List.copyOf(mobility);
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
            boolean rural) {}

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
