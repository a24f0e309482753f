package de.lotse.api.participant;

import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.housing.ParticipantOffer;
import de.lotse.api.housing.ParticipantTenancy;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.support.Euros;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's current state: every intake answer under its intake name with corrections
 * applied, and the route so far, each list in date order. {@code referrals} and {@code mobility}
 * list the support beyond the stages; {@code offers} and {@code tenancies} the housing offers the
 * participant received and the tenancies they hold or held.
 */
public record ParticipantView(
        String id,
        String firstName,
        String lastName,
        @Nullable LocalDate dateOfBirth,
        String postcode,
        Gender gender,
        LocalDate entryDate,
        LabourStatus labourStatus,
        @Nullable Integer isced,
        String nationality,
        Answer foreignBackground,
        Answer disability,
        Answer minority,
        Answer homeless,
        boolean rural,
        boolean consentGiven,
        String coach,
        boolean erased,
        List<StageView> stages,
        List<QualificationView> qualifications,
        List<SituationView> situations,
        List<HousingView> housing,
        @Nullable ExitView exit,
        @Nullable FollowUpView followUp,
        List<ReferralView> referrals,
        List<MobilityView> mobility,
        List<ParticipantOffer> offers,
        List<ParticipantTenancy> tenancies) {

    public ParticipantView {
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        mobility = mobility == null ? List.of() : List.copyOf(mobility);
        offers = offers == null ? List.of() : List.copyOf(offers);
        tenancies = tenancies == null ? List.of() : List.copyOf(tenancies);
    }

    /** The same view with its referrals replaced, e.g. marked with whether the directory lists their provider. */
    public ParticipantView withReferrals(List<ReferralView> marked) {
        return with(marked, offers, tenancies);
    }

    /** The view with the participant's housing offers and tenancies, which the housing read model keeps. */
    public ParticipantView withHousing(ParticipantHousing offersAndTenancies) {
        return with(referrals, offersAndTenancies.offers(), offersAndTenancies.tenancies());
    }

    private ParticipantView with(
            List<ReferralView> referrals, List<ParticipantOffer> offers, List<ParticipantTenancy> tenancies) {
        return new ParticipantView(
                id,
                firstName,
                lastName,
                dateOfBirth,
                postcode,
                gender,
                entryDate,
                labourStatus,
                isced,
                nationality,
                foreignBackground,
                disability,
                minority,
                homeless,
                rural,
                consentGiven,
                coach,
                erased,
                stages,
                qualifications,
                situations,
                housing,
                exit,
                followUp,
                referrals,
                mobility,
                offers,
                tenancies);
    }

    /** How far a stage has got. */
    public enum StageStatus {
        ACTIVE,
        COMPLETED,
        ABORTED,
        CLOSED_AT_EXIT
    }

    /** One stage of the route; a stage still active at exit is CLOSED_AT_EXIT with the exit date as end. */
    public record StageView(
            Stage stage,
            StageStatus status,
            LocalDate startDate,
            @Nullable LocalDate endDate) {}

    /** A qualification with its certificate and what it trains for. */
    public record QualificationView(LocalDate date, String title, Certificate certificate, QualificationKind kind) {}

    /** A labour-market situation on a date. */
    public record SituationView(
            LocalDate date,
            LabourMarketSituation situation,
            @Nullable String detail) {}

    /** A housing situation from a date on. */
    public record HousingView(
            LocalDate date,
            HousingSituation situation,
            @Nullable String detail) {}

    /** When and why the participant left, and the day the six-month follow-up falls due. */
    public record ExitView(LocalDate exitDate, ExitReason reason, LocalDate followUpDueOn) {}

    /** The outcome of the six-month follow-up. */
    public record FollowUpView(LocalDate date, FollowUpSituation situation, boolean betterSituation) {}

    /** Whether a referral still waits for its outcome. */
    public enum ReferralStatus {
        OPEN,
        CLOSED
    }

    /**
     * A referral to a provider, open or closed with its outcome; {@code inDirectory} tells whether
     * the provider directory lists a provider of that name.
     */
    public record ReferralView(
            String id,
            LocalDate date,
            ReferralArea area,
            String provider,
            boolean inDirectory,
            ReferralStatus status,
            @Nullable ReferralOutcome outcome,
            @Nullable LocalDate closedOn,
            @Nullable String note,
            @Nullable String reason) {

        public ReferralView marked(boolean listed) {
            return new ReferralView(id, date, area, provider, listed, status, outcome, closedOn, note, reason);
        }
    }

    /** A mobility support on a date, with the region it aims at and its amount in euros. */
    public record MobilityView(
            LocalDate date,
            MobilityKind kind,
            @Nullable String region,
            @Nullable BigDecimal amountEur,
            @Nullable String note) {

        public MobilityView {
            amountEur = Euros.inCents(amountEur);
        }
    }
}
