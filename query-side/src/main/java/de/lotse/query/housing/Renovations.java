package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.address;
import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.RenovationDetail;
import de.lotse.api.housing.RenovationDetail.RenovatedUnit;
import de.lotse.api.housing.RenovationDetail.Worker;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.UnitDetail.RenovationView;
import de.lotse.api.housing.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code portfolio_renovation} and {@code portfolio_renovation_worker}: the renovations
 * of the properties, which units they take in until they complete, and who works on them.
 */
@Component
class Renovations {

    private static final String RENOVATIONS = """
            SELECT r.*, p.street, p.house_number, p.postcode, p.city
            FROM portfolio_renovation r JOIN portfolio_property p ON p.property_id = r.property_id
            """;

    private final JdbcClient jdbc;

    Renovations(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void start(RenovationStarted event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_renovation (renovation_id, property_id, start_date, planned_end, description,
                                                  unit_ids, recorded_at)
                VALUES (:id, :property, :start, :plannedEnd, :description, CAST(:units AS uuid[]), :recordedAt)
                ON CONFLICT (renovation_id) DO NOTHING""")
                .param("id", event.renovationId().value())
                .param("property", event.propertyId().value())
                .param("start", event.startDate())
                .param("plannedEnd", event.plannedEnd())
                .param("description", event.description())
                .param(
                        "units",
                        "{"
                                + String.join(
                                        ",",
                                        event.unitIds().stream()
                                                .map(UnitId::toString)
                                                .toList()) + "}")
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void employ(ParticipantEmployedOnRenovation event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_renovation_worker (renovation_id, participant_id, from_date, hours_per_week,
                                                         recorded_at)
                VALUES (:id, :participant, :from, :hours, :recordedAt)
                ON CONFLICT (renovation_id, participant_id) DO NOTHING""")
                .param("id", event.renovationId().value())
                .param("participant", event.participantId().value())
                .param("from", event.from())
                .param("hours", event.hoursPerWeek())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    /** A renovation completes once; a redelivered completion keeps the first. */
    void complete(UUID renovationId, LocalDate date, Instant recordedAt) {
        jdbc.sql("""
                UPDATE portfolio_renovation SET completed_on = :date, completed_recorded_at = :recordedAt
                WHERE renovation_id = :id AND completed_on IS NULL""")
                .param("id", renovationId)
                .param("date", date)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM portfolio_renovation_worker").update();
        jdbc.sql("DELETE FROM portfolio_renovation").update();
    }

    /** The renovations that take in the unit, the earliest first. */
    List<RenovationView> ofUnit(UUID unitId) {
        return jdbc.sql("""
                SELECT renovation_id, start_date, planned_end, completed_on FROM portfolio_renovation
                WHERE :unit = ANY (unit_ids) ORDER BY start_date, renovation_id""")
                .param("unit", unitId)
                .query((row, number) -> new RenovationView(
                        row.getString("renovation_id"),
                        row.getObject("start_date", LocalDate.class),
                        row.getObject("planned_end", LocalDate.class),
                        row.getObject("completed_on", LocalDate.class)))
                .list();
    }

    /** The renovation with its units and workers, named as the caller may see them. */
    Optional<RenovationDetail> one(UUID renovationId, Names names) {
        return jdbc.sql(RENOVATIONS + "WHERE r.renovation_id = :id")
                .param("id", renovationId)
                .query((row, number) -> detail(row, names))
                .optional();
    }

    /** The renovations of the property, or of all properties, the latest started first. */
    List<RenovationDetail> all(@Nullable UUID propertyId, Names names) {
        return jdbc.sql(RENOVATIONS + "WHERE CAST(:property AS uuid) IS NULL OR r.property_id = :property"
                        + " ORDER BY r.start_date DESC, r.renovation_id")
                .param("property", propertyId)
                .query((row, number) -> detail(row, names))
                .list();
    }

    private RenovationDetail detail(ResultSet row, Names names) throws SQLException {
        var id = row.getObject("renovation_id", UUID.class);
        var unitIds = Arrays.asList((UUID[]) row.getArray("unit_ids").getArray());
        return new RenovationDetail(
                id.toString(),
                row.getString("property_id"),
                address(row),
                row.getObject("start_date", LocalDate.class),
                row.getObject("planned_end", LocalDate.class),
                row.getObject("completed_on", LocalDate.class),
                row.getString("description"),
                units(unitIds),
                workers(id, names));
    }

    private List<RenovatedUnit> units(List<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT unit_id, label FROM portfolio_unit WHERE unit_id IN (:ids) ORDER BY label, unit_id")
                .param("ids", unitIds)
                .query((row, number) -> new RenovatedUnit(row.getString("unit_id"), row.getString("label")))
                .list();
    }

    private List<Worker> workers(UUID renovationId, Names names) {
        return jdbc.sql("""
                SELECT participant_id, from_date, hours_per_week FROM portfolio_renovation_worker
                WHERE renovation_id = :id ORDER BY from_date, participant_id""")
                .param("id", renovationId)
                .query((row, number) -> {
                    var participant = row.getObject("participant_id", UUID.class);
                    return new Worker(
                            participant.toString(),
                            names.of(participant),
                            row.getObject("from_date", LocalDate.class),
                            row.getBigDecimal("hours_per_week"));
                })
                .list();
    }
}
