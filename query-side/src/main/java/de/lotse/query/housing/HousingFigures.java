package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingReport.OccupancyRights;
import de.lotse.api.housing.HousingReport.Offers;
import de.lotse.api.housing.HousingReport.Portfolio;
import de.lotse.api.housing.HousingReport.Renovation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The housing report's counts over the portfolio tables, as recorded up to an instant: a row counts
 * only if its event was recorded by then, and an offer's outcome, a move-in or an end only if that
 * step was. Each method answers one part of the report for a period that ends on {@code to} and
 * starts on {@code from}, or is open at its start without one.
 */
@Component
class HousingFigures {

    /** Days a right may still run after the end of the period to count as expiring soon. */
    static final int EXPIRY_WINDOW_DAYS = 90;

    /** A tenancy started in the period: where, and how many days after its vacancy was available. */
    record Placement(String district, int daysToFill) {}

    /** A tenancy moved into in the period: the move-in, its agreed end and the day it ended, as far as recorded. */
    record MoveIn(
            LocalDate movedInOn,
            @Nullable LocalDate endDate,
            @Nullable LocalDate endedOn) {}

    private final JdbcClient jdbc;

    HousingFigures(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Properties held by the end of the period, their units by holding, and properties acquired in it. */
    Portfolio portfolio(@Nullable LocalDate from, LocalDate to, Instant asOf) {
        var byHolding = new EnumMap<Holding, Long>(Holding.class);
        for (var holding : Holding.values()) {
            byHolding.put(holding, 0L);
        }
        spec("""
                SELECT p.holding, count(*) AS units FROM portfolio_unit u JOIN portfolio_property p USING (property_id)
                WHERE u.recorded_at <= :asOf AND p.recorded_at <= :asOf AND p.since <= :to GROUP BY p.holding""", from, to, asOf).query(row -> {
            byHolding.put(Holding.valueOf(row.getString("holding")), row.getLong("units"));
        });
        var properties = count(
                "SELECT count(*) FROM portfolio_property WHERE recorded_at <= :asOf AND since <= :to", from, to, asOf);
        var acquired = count(
                "SELECT count(*) FROM portfolio_property WHERE recorded_at <= :asOf AND " + inPeriod("since"),
                from,
                to,
                asOf);
        var units = byHolding.values().stream().mapToLong(Long::longValue).sum();
        return new Portfolio(properties, units, byHolding, acquired);
    }

    /** Units whose renovation completed in the period, and participants who began work on a renovation in it. */
    Renovation renovation(@Nullable LocalDate from, LocalDate to, Instant asOf) {
        var completed = count(
                "SELECT coalesce(sum(cardinality(unit_ids)), 0) FROM portfolio_renovation"
                        + " WHERE completed_recorded_at <= :asOf AND " + inPeriod("completed_on"),
                from,
                to,
                asOf);
        var employed = count(
                "SELECT count(DISTINCT participant_id) FROM portfolio_renovation_worker"
                        + " WHERE recorded_at <= :asOf AND " + inPeriod("from_date"),
                from,
                to,
                asOf);
        return new Renovation(completed, employed);
    }

    /** Rights valid on the period's last day, and those of them that end within 90 days after it. */
    OccupancyRights occupancyRights(LocalDate to, Instant asOf) {
        var valid = "FROM portfolio_occupancy_right WHERE recorded_at <= :asOf AND valid_from <= :to"
                + " AND valid_until >= :to";
        return new OccupancyRights(
                count("SELECT count(*) " + valid, null, to, asOf),
                count(
                        "SELECT count(*) " + valid + " AND valid_until <= CAST(:to AS date) + " + EXPIRY_WINDOW_DAYS,
                        null,
                        to,
                        asOf));
    }

    /** Offers made in the period, with their outcome whenever it was recorded, up to {@code asOf}. */
    Offers offers(@Nullable LocalDate from, LocalDate to, Instant asOf) {
        var declined = new EnumMap<DeclineReason, Long>(DeclineReason.class);
        var made = "FROM portfolio_offer WHERE recorded_at <= :asOf AND " + inPeriod("offered_on");
        spec(
                        "SELECT decline_reason, count(*) AS offers " + made
                                + " AND status = 'DECLINED' AND ended_recorded_at <= :asOf GROUP BY decline_reason",
                        from,
                        to,
                        asOf)
                .query(row -> {
                    declined.put(DeclineReason.valueOf(row.getString("decline_reason")), row.getLong("offers"));
                });
        return spec("""
                SELECT count(*) AS made,
                       count(*) FILTER (WHERE status = 'ACCEPTED' AND ended_recorded_at <= :asOf) AS accepted,
                       count(*) FILTER (WHERE status = 'EXPIRED' AND ended_recorded_at <= :asOf) AS expired,
                       count(*) FILTER (WHERE status = 'WITHDRAWN' AND ended_recorded_at <= :asOf) AS withdrawn
                """ + made, from, to, asOf)
                .query((row, number) -> new Offers(
                        row.getLong("made"),
                        row.getLong("accepted"),
                        row.getLong("expired"),
                        row.getLong("withdrawn"),
                        declined))
                .single();
    }

    /** The tenancies started in the period, each with its district and days to fill. */
    List<Placement> placements(@Nullable LocalDate from, LocalDate to, Instant asOf) {
        return spec("""
                SELECT p.district, t.start_date - v.available_from AS days_to_fill
                FROM portfolio_tenancy t
                JOIN portfolio_vacancy v ON v.vacancy_id = t.vacancy_id
                JOIN portfolio_unit u ON u.unit_id = t.unit_id
                JOIN portfolio_property p ON p.property_id = u.property_id
                WHERE t.recorded_at <= :asOf AND """ + inPeriod("t.start_date"), from, to, asOf)
                .query((row, number) -> new Placement(row.getString("district"), row.getInt("days_to_fill")))
                .list();
    }

    /** The tenancies moved into in the period, with their ends as recorded up to {@code asOf}. */
    List<MoveIn> moveIns(@Nullable LocalDate from, LocalDate to, Instant asOf) {
        return spec("""
                SELECT moved_in_on, end_date, CASE WHEN ended_recorded_at <= :asOf THEN ended_on END AS ended_on
                FROM portfolio_tenancy WHERE moved_in_recorded_at <= :asOf AND """ + inPeriod("moved_in_on"), from, to, asOf)
                .query((row, number) -> new MoveIn(
                        row.getObject("moved_in_on", LocalDate.class),
                        row.getObject("end_date", LocalDate.class),
                        row.getObject("ended_on", LocalDate.class)))
                .list();
    }

    private long count(String sql, @Nullable LocalDate from, LocalDate to, Instant asOf) {
        return spec(sql, from, to, asOf).query(Long.class).single();
    }

    private JdbcClient.StatementSpec spec(String sql, @Nullable LocalDate from, LocalDate to, Instant asOf) {
        var params = new HashMap<String, @Nullable Object>(Map.of("to", to, "asOf", utc(asOf)));
        params.put("from", from);
        return jdbc.sql(sql).params(params);
    }

    /** The day in {@code column} lies in the period. */
    private static String inPeriod(String column) {
        return "(CAST(:from AS date) IS NULL OR %1$s >= :from) AND %1$s <= :to".formatted(column);
    }
}
