package de.lotse.api.housing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The housing figures of a period ({@code from} to {@code to}, both included) as recorded up to
 * {@code asOf}. Counts are of events dated in the period: offers by the day they were made, with
 * their outcome whenever it came; tenancies by their start; renovations by their completion.
 */
public record HousingReport(
        @Nullable LocalDate from,
        LocalDate to,
        Instant asOf,
        Portfolio portfolio,
        Renovation renovation,
        OccupancyRights occupancyRights,
        Offers offers,
        Placements placements,
        Sustainment sustainment) {

    /**
     * The properties held at the end of the period and their units, the units by how their property
     * is held (every holding, zeros included), and the properties acquired in the period.
     */
    public record Portfolio(long properties, long units, Map<Holding, Long> byHolding, long acquiredInPeriod) {

        public Portfolio {
            byHolding = inEnumOrder(Holding.class, byHolding);
        }
    }

    /** Units whose renovation was completed in the period, and participants who began work on one in it. */
    public record Renovation(long unitsCompletedInPeriod, long participantsEmployed) {}

    /** Rights valid on the last day of the period, and those of them that expire within 90 days after it. */
    public record OccupancyRights(long validAtEnd, long expiringWithin90DaysOfEnd) {}

    /** Offers made in the period and how they ended; declined ones by reason (only reasons given). */
    public record Offers(long made, long accepted, long expired, long withdrawn, Map<DeclineReason, Long> declined) {

        public Offers {
            declined = inEnumOrder(DeclineReason.class, declined);
        }
    }

    /**
     * Tenancies started in the period, those of them outside the strained districts, and the median
     * number of days from a vacancy's availability to the start of the tenancy that filled it
     * ({@code null} when none started).
     */
    public record Placements(
            long tenanciesStarted,
            long outsideStrainedDistricts,
            @Nullable BigDecimal medianDaysToFill) {}

    /**
     * Tenancies moved into in the period and at least six months before its end, and how many of
     * them had not ended six months after the move-in.
     */
    public record Sustainment(long movedInSixMonthsBeforeEnd, long stillHousedSixMonthsAfterMoveIn) {}

    /** The counts in the order of their enum, as the report lists them. */
    private static <K extends Enum<K>> Map<K, Long> inEnumOrder(Class<K> type, Map<K, Long> counts) {
        var ordered = new EnumMap<K, Long>(type);
        ordered.putAll(counts);
        return Collections.unmodifiableMap(ordered);
    }
}
