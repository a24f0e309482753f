package de.lotse.api.esf;

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
import org.jspecify.annotations.Nullable;

/**
 * One participant as an evaluator receives them: a keyed pseudonym instead of the id, the
 * corrected intake characteristics, and the route with its dates and kinds. No name, date of
 * birth, postcode, nationality or free text: only what the indicators are computed from, and of the
 * support beyond the stages the areas of referrals and the kinds of mobility support, never a
 * provider, a note, a reason or a region.
 */
public record ExportedParticipant(
        String pseudonym,
        Gender gender,
        int ageAtEntry,
        LabourStatus labourStatus,
        @Nullable Integer isced,
        NationalityGroup nationalityGroup,
        Answer foreignBackground,
        Answer disability,
        Answer minority,
        Answer homeless,
        boolean rural,
        LocalDate entryDate,
        List<StageSummary> stages,
        List<Situation> situations,
        List<Qualification> qualifications,
        @Nullable LocalDate exitDate,
        @Nullable ExitReason exitReason,
        @Nullable LocalDate followUpDate,
        @Nullable FollowUpSituation followUpSituation,
        @Nullable Boolean followUpBetterSituation,
        List<Referral> referrals,
        List<Mobility> mobility) {

    public ExportedParticipant {
        stages = List.copyOf(stages);
        situations = List.copyOf(situations);
        qualifications = List.copyOf(qualifications);
        referrals = List.copyOf(referrals);
        mobility = List.copyOf(mobility);
    }

    /** A stage the participant walked: its first start, and the end and status of its latest run. */
    public record StageSummary(
            Stage stage, LocalDate firstStart, @Nullable LocalDate end, StageStatus status) {}

    /** A labour-market situation on a date. */
    public record Situation(LocalDate date, LabourMarketSituation situation) {}

    /** A qualification's date, certificate and kind, without its title. */
    public record Qualification(LocalDate date, Certificate certificate, QualificationKind kind) {}

    /** A referral's date and area, without its provider, note or outcome. */
    public record Referral(LocalDate date, ReferralArea area) {}

    /** A mobility support's date and kind, without its region, amount or note. */
    public record Mobility(LocalDate date, MobilityKind kind) {}
}
