package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit with its status today and its timeline, each list oldest first. A participant's name
 * ({@code displayName}) is given only to a caller who may read that participant; others see the
 * participant's id alone.
 */
public record UnitDetail(
        String id,
        String propertyId,
        String address,
        String district,
        Holding holding,
        String label,
        int rooms,
        BigDecimal areaSqm,
        BigDecimal rentCold,
        boolean accessible,
        UnitStatus status,
        List<OccupancyRightView> occupancyRights,
        List<RenovationView> renovations,
        List<VacancyView> vacancies,
        List<OfferView> offers,
        List<TenancyView> tenancies) {

    public UnitDetail {
        occupancyRights = List.copyOf(occupancyRights);
        renovations = List.copyOf(renovations);
        vacancies = List.copyOf(vacancies);
        offers = List.copyOf(offers);
        tenancies = List.copyOf(tenancies);
    }

    /** An occupancy right on the unit and the days it is valid, both included. */
    public record OccupancyRightView(
            String id, OccupancyRightKind kind, String grantor, LocalDate validFrom, LocalDate validUntil) {}

    /** A renovation that takes in the unit; {@code completedOn} is empty while it runs. */
    public record RenovationView(
            String id,
            LocalDate startDate,
            LocalDate plannedEnd,
            @Nullable LocalDate completedOn) {}

    /** A vacancy of the unit: open from {@code availableFrom} until it closes ({@code closedOn}). */
    public record VacancyView(
            String id,
            LocalDate availableFrom,
            boolean open,
            @Nullable LocalDate closedOn) {}

    /**
     * An offer of the unit to a participant, with its outcome: the day it was answered, expired or
     * withdrawn ({@code endedOn}), and for a declined offer by whom and why.
     */
    public record OfferView(
            String id,
            String vacancyId,
            String participantId,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String displayName,

            OfferStatus status,
            LocalDate offeredOn,
            LocalDate respondBy,
            @Nullable LocalDate endedOn,
            @Nullable DeclinedBy declinedBy,
            @Nullable DeclineReason declineReason) {}

    /**
     * A tenancy of the unit: its agreed period ({@code end} empty when open-ended), the move-in, its
     * end if it ended, the checks recorded (status only) and the days checks are due (3, 6 and 12
     * months after the move-in).
     */
    public record TenancyView(
            String id,
            String offerId,
            String participantId,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String displayName,

            LocalDate start,
            @Nullable LocalDate end,
            BigDecimal rentCold,
            boolean supported,
            @Nullable LocalDate movedInOn,
            @Nullable LocalDate endedOn,
            @Nullable TenancyEndReason endReason,
            List<CheckView> checks,
            List<LocalDate> checksDueOn) {

        public TenancyView {
            checks = List.copyOf(checks);
            checksDueOn = List.copyOf(checksDueOn);
        }
    }

    /** A check of a tenancy: when and how it stood. */
    public record CheckView(LocalDate date, CheckStatus status) {}
}
