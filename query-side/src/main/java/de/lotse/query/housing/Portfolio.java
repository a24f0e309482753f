package de.lotse.query.housing;

import de.lotse.api.housing.Address;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertySummary;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.api.housing.UnitSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code portfolio_property} and {@code portfolio_unit}: what the programme holds, and
 * the units as the list shows them. A unit's status is derived here, in one SQL expression, from the
 * renovations, tenancies, vacancies and offers on the day asked for.
 */
@Component
class Portfolio {

    /** A unit's status on {@code :today}: the first that applies, in the order of {@link UnitStatus}. */
    static final String STATUS = """
            CASE
              WHEN EXISTS (SELECT 1 FROM portfolio_renovation r WHERE u.unit_id = ANY (r.unit_ids)
                           AND r.start_date <= :today AND (r.completed_on IS NULL OR r.completed_on > :today))
                THEN 'IN_RENOVATION'
              WHEN EXISTS (SELECT 1 FROM portfolio_tenancy t WHERE t.unit_id = u.unit_id AND t.start_date <= :today
                           AND (t.end_date IS NULL OR t.end_date >= :today)
                           AND (t.ended_on IS NULL OR t.ended_on >= :today))
                THEN 'LET'
              WHEN EXISTS (SELECT 1 FROM portfolio_vacancy v JOIN portfolio_offer o ON o.vacancy_id = v.vacancy_id
                           WHERE v.unit_id = u.unit_id AND v.closed_on IS NULL AND o.status = 'OPEN')
                THEN 'OFFERED'
              WHEN EXISTS (SELECT 1 FROM portfolio_vacancy v WHERE v.unit_id = u.unit_id AND v.closed_on IS NULL)
                THEN 'VACANT'
              ELSE 'UNAVAILABLE'
            END""";

    private static final String UNITS = """
            SELECT * FROM (
              SELECT u.unit_id, u.property_id, u.label, u.rooms, u.area_sqm, u.rent_cold, u.accessible,
                     p.street, p.house_number, p.postcode, p.city, p.district, p.holding,
                     %s AS status,
                     right_today.kind AS right_kind, right_today.valid_until AS right_valid_until
              FROM portfolio_unit u
              JOIN portfolio_property p ON p.property_id = u.property_id
              LEFT JOIN LATERAL (
                SELECT kind, valid_until FROM portfolio_occupancy_right o
                WHERE o.unit_id = u.unit_id AND o.valid_from <= :today AND o.valid_until >= :today
                ORDER BY valid_until DESC LIMIT 1) right_today ON true
            ) unit
            """.formatted(STATUS);

    private static final String WHERE = """
            WHERE (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:district AS text) IS NULL OR lower(district) = lower(:district))
              AND (CAST(:property AS uuid) IS NULL OR property_id = :property)""";

    private final JdbcClient jdbc;

    Portfolio(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void acquire(PropertyAcquired event, Instant recordedAt) {
        var address = event.address();
        jdbc.sql("""
                INSERT INTO portfolio_property (property_id, street, house_number, postcode, city, district, holding,
                                                owner, since, recorded_at)
                VALUES (:id, :street, :houseNumber, :postcode, :city, :district, :holding, :owner, :since, :recordedAt)
                ON CONFLICT (property_id) DO NOTHING""")
                .param("id", event.propertyId().value())
                .param("street", address.street())
                .param("houseNumber", address.houseNumber())
                .param("postcode", address.postcode())
                .param("city", address.city())
                .param("district", event.district())
                .param("holding", event.holding().name())
                .param("owner", event.owner())
                .param("since", event.since())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void add(UnitAdded event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_unit (unit_id, property_id, label, rooms, area_sqm, rent_cold, accessible, recorded_at)
                VALUES (:id, :property, :label, :rooms, :area, :rent, :accessible, :recordedAt)
                ON CONFLICT (unit_id) DO NOTHING""")
                .param("id", event.unitId().value())
                .param("property", event.propertyId().value())
                .param("label", event.label())
                .param("rooms", event.rooms())
                .param("area", event.areaSqm())
                .param("rent", event.rentCold())
                .param("accessible", event.accessible())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM portfolio_unit").update();
        jdbc.sql("DELETE FROM portfolio_property").update();
    }

    /** The filters of the units list; a null filter does not restrict. */
    record Filter(
            @Nullable UnitStatus status,
            @Nullable String district,
            @Nullable UUID propertyId) {}

    /** One page of the units with their status on {@code today}, by address and label. */
    UnitPage units(Filter filter, LocalDate today, int page, int size) {
        var items = filtered(
                        UNITS + WHERE + " ORDER BY street, house_number, postcode, label, unit_id"
                                + " LIMIT :limit OFFSET :offset",
                        filter,
                        today)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Portfolio::summary)
                .list();
        var total = filtered("SELECT count(*) FROM (" + UNITS + WHERE + ") matching", filter, today)
                .query(Long.class)
                .single();
        return new UnitPage(items, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, Filter filter, LocalDate today) {
        var status = filter.status();
        return jdbc.sql(sql)
                .param("today", today)
                .param("status", status == null ? null : status.name())
                .param("district", filter.district())
                .param("property", filter.propertyId());
    }

    /** The unit with its status on {@code today}, with how its property is held. */
    Optional<HeldUnit> unit(UUID unitId, LocalDate today) {
        return jdbc.sql(UNITS + "WHERE unit_id = :id")
                .param("today", today)
                .param("id", unitId)
                .query((row, number) -> new HeldUnit(summary(row, number), Holding.valueOf(row.getString("holding"))))
                .optional();
    }

    /** A unit as the list shows it, and how its property is held. */
    record HeldUnit(UnitSummary summary, Holding holding) {}

    /** Every property with its number of units, by district and address. */
    List<PropertySummary> properties() {
        return jdbc.sql("""
                SELECT p.*, (SELECT count(*) FROM portfolio_unit u WHERE u.property_id = p.property_id) AS units
                FROM portfolio_property p
                ORDER BY p.district, p.street, p.house_number, p.property_id""")
                .query((row, number) -> new PropertySummary(
                        row.getString("property_id"),
                        address(row),
                        row.getString("street"),
                        row.getString("house_number"),
                        row.getString("postcode"),
                        row.getString("city"),
                        row.getString("district"),
                        Holding.valueOf(row.getString("holding")),
                        row.getString("owner"),
                        row.getObject("since", LocalDate.class),
                        row.getLong("units")))
                .list();
    }

    /** The one-line address of the property columns of a row. */
    static String address(ResultSet row) throws SQLException {
        return new Address(
                        row.getString("street"),
                        row.getString("house_number"),
                        row.getString("postcode"),
                        row.getString("city"))
                .oneLine();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UnitSummary summary(ResultSet row, int number) throws SQLException {
        var rightKind = row.getString("right_kind");
        return new UnitSummary(
                row.getString("unit_id"),
                row.getString("property_id"),
                address(row),
                row.getString("district"),
                row.getString("label"),
                row.getInt("rooms"),
                row.getBigDecimal("area_sqm"),
                row.getBigDecimal("rent_cold"),
                row.getBoolean("accessible"),
                UnitStatus.valueOf(row.getString("status")),
                rightKind == null
                        ? null
                        : new UnitSummary.RightInForce(
                                OccupancyRightKind.valueOf(rightKind),
                                row.getObject("right_valid_until", LocalDate.class)));
    }
}
