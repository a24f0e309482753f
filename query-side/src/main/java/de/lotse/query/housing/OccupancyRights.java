package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.address;
import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.UnitDetail.OccupancyRightView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code portfolio_occupancy_right}: the rights granted on units, as the register and a unit's page show them. */
@Component
class OccupancyRights {

    private final JdbcClient jdbc;

    OccupancyRights(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void grant(OccupancyRightGranted event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_occupancy_right (right_id, unit_id, kind, grantor, valid_from, valid_until, recorded_at)
                VALUES (:id, :unit, :kind, :grantor, :from, :until, :recordedAt)
                ON CONFLICT (right_id) DO NOTHING""")
                .param("id", event.occupancyRightId().value())
                .param("unit", event.unitId().value())
                .param("kind", event.kind().name())
                .param("grantor", event.grantor())
                .param("from", event.validFrom())
                .param("until", event.validUntil())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    /** The rights not expired on {@code today} and, if {@code lastDay} is given, expiring by then; soonest first. */
    List<OccupancyRightEntry> register(LocalDate today, @Nullable LocalDate lastDay) {
        return jdbc.sql("""
                SELECT o.right_id, o.unit_id, o.kind, o.grantor, o.valid_from, o.valid_until, u.label,
                       p.street, p.house_number, p.postcode, p.city
                FROM portfolio_occupancy_right o
                JOIN portfolio_unit u ON u.unit_id = o.unit_id
                JOIN portfolio_property p ON p.property_id = u.property_id
                WHERE o.valid_until >= :today AND (CAST(:lastDay AS date) IS NULL OR o.valid_until <= :lastDay)
                ORDER BY o.valid_until, p.street, p.house_number, u.label, o.right_id""")
                .param("today", today)
                .param("lastDay", lastDay)
                .query((row, number) -> new OccupancyRightEntry(
                        row.getString("right_id"),
                        row.getString("unit_id"),
                        address(row),
                        row.getString("label"),
                        OccupancyRightKind.valueOf(row.getString("kind")),
                        row.getString("grantor"),
                        row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_until", LocalDate.class)))
                .list();
    }

    /** The unit's rights, the earliest valid first. */
    List<OccupancyRightView> ofUnit(UUID unitId) {
        return jdbc.sql("""
                SELECT right_id, kind, grantor, valid_from, valid_until FROM portfolio_occupancy_right
                WHERE unit_id = :unit ORDER BY valid_from, right_id""")
                .param("unit", unitId)
                .query((row, number) -> new OccupancyRightView(
                        row.getString("right_id"),
                        OccupancyRightKind.valueOf(row.getString("kind")),
                        row.getString("grantor"),
                        row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_until", LocalDate.class)))
                .list();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM portfolio_occupancy_right").update();
    }
}
