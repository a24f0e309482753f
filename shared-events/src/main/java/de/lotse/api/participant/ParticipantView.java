package de.lotse.api.participant;

import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.housing.ParticipantOffer;
import de.lotse.api.housing.ParticipantTenancy;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.Stage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's current state: every intake answer under its intake name with corrections
 * applied, and the route so far, each list in date order; then the housing offers the participant
 * received and the tenancies they hold or held.
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
        List<ParticipantOffer> offers,
        List<ParticipantTenancy> tenancies) {

    /** The view with the participant's housing offers and tenancies, which the housing read model keeps. */
    public ParticipantView withHousing(ParticipantHousing offersAndTenancies) {
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
                offersAndTenancies.offers(),
                offersAndTenancies.tenancies());
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

    /** A qualification with its certificate. */
    public record QualificationView(LocalDate date, String title, Certificate certificate) {}

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
}
