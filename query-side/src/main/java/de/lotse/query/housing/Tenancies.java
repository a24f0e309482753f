package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.address;
import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.ParticipantTenancy;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.UnitDetail.CheckView;
import de.lotse.api.housing.UnitDetail.TenancyView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code portfolio_tenancy} and {@code portfolio_tenancy_check}: each unit's tenancies
 * and their checks, from the unit's own stream. The move-in and the end are recorded once, so a
 * redelivered event keeps what the first did; a check's note, free text about the tenant, is not
 * kept.
 */
@Component
class Tenancies {

    /** Checks of a tenancy fall due this many months after the move-in. */
    private static final List<Integer> CHECK_MONTHS = List.of(3, 6, 12);

    private final JdbcClient jdbc;

    Tenancies(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void let(TenancyStarted event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_tenancy (tenancy_id, unit_id, offer_id, vacancy_id, participant_id, start_date,
                                               end_date, rent_cold, supported, recorded_at)
                VALUES (:id, :unit, :offer, :vacancy, :participant, :start, :end, :rent, :supported, :recordedAt)
                ON CONFLICT (tenancy_id) DO NOTHING""")
                .param("id", event.tenancyId().value())
                .param("unit", event.unitId().value())
                .param("offer", event.offerId().value())
                .param("vacancy", event.vacancyId().value())
                .param("participant", event.participantId().value())
                .param("start", event.start())
                .param("end", event.end())
                .param("rent", event.rentCold())
                .param("supported", event.supported())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void moveIn(UUID tenancyId, LocalDate date, Instant recordedAt) {
        jdbc.sql("""
                UPDATE portfolio_tenancy SET moved_in_on = :date, moved_in_recorded_at = :recordedAt
                WHERE tenancy_id = :id AND moved_in_on IS NULL""")
                .param("id", tenancyId)
                .param("date", date)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void check(TenancyChecked event, long sequence) {
        jdbc.sql("""
                INSERT INTO portfolio_tenancy_check (unit_id, sequence, tenancy_id, check_date, status)
                VALUES (:unit, :sequence, :tenancy, :date, :status) ON CONFLICT (unit_id, sequence) DO NOTHING""")
                .param("unit", event.unitId().value())
                .param("sequence", sequence)
                .param("tenancy", event.tenancyId().value())
                .param("date", event.date())
                .param("status", event.status().name())
                .update();
    }

    void endTenancy(TenancyEnded event, Instant recordedAt) {
        jdbc.sql("""
                UPDATE portfolio_tenancy SET ended_on = :date, end_reason = :reason, ended_recorded_at = :recordedAt
                WHERE tenancy_id = :id AND ended_on IS NULL""")
                .param("id", event.tenancyId().value())
                .param("date", event.date())
                .param("reason", event.reason().name())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM portfolio_tenancy_check").update();
        jdbc.sql("DELETE FROM portfolio_tenancy").update();
    }

    List<TenancyView> tenancies(UUID unitId, Names names) {
        return jdbc.sql("SELECT * FROM portfolio_tenancy WHERE unit_id = :unit ORDER BY start_date, tenancy_id")
                .param("unit", unitId)
                .query((row, number) -> tenancy(row, names))
                .list();
    }

    /** The participant's tenancies with the units' addresses, oldest first. */
    List<ParticipantTenancy> ofParticipant(UUID participantId) {
        return jdbc.sql("""
                SELECT t.*, u.label, p.street, p.house_number, p.postcode, p.city
                FROM portfolio_tenancy t
                JOIN portfolio_unit u ON u.unit_id = t.unit_id JOIN portfolio_property p ON p.property_id = u.property_id
                WHERE t.participant_id = :participant ORDER BY t.start_date, t.tenancy_id""")
                .param("participant", participantId)
                .query((row, number) -> new ParticipantTenancy(
                        row.getString("tenancy_id"),
                        row.getString("unit_id"),
                        address(row),
                        row.getString("label"),
                        row.getObject("start_date", LocalDate.class),
                        row.getObject("end_date", LocalDate.class),
                        row.getBigDecimal("rent_cold"),
                        row.getBoolean("supported"),
                        row.getObject("moved_in_on", LocalDate.class),
                        row.getObject("ended_on", LocalDate.class)))
                .list();
    }

    private TenancyView tenancy(ResultSet row, Names names) throws SQLException {
        var id = row.getObject("tenancy_id", UUID.class);
        var participant = row.getObject("participant_id", UUID.class);
        var movedInOn = row.getObject("moved_in_on", LocalDate.class);
        var reason = row.getString("end_reason");
        return new TenancyView(
                id.toString(),
                row.getString("offer_id"),
                participant.toString(),
                names.of(participant),
                row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class),
                row.getBigDecimal("rent_cold"),
                row.getBoolean("supported"),
                movedInOn,
                row.getObject("ended_on", LocalDate.class),
                reason == null ? null : TenancyEndReason.valueOf(reason),
                checks(id),
                movedInOn == null
                        ? List.of()
                        : CHECK_MONTHS.stream().map(movedInOn::plusMonths).toList());
    }

    private List<CheckView> checks(UUID tenancyId) {
        return jdbc.sql("""
                SELECT check_date, status FROM portfolio_tenancy_check
                WHERE tenancy_id = :tenancy ORDER BY check_date, sequence""")
                .param("tenancy", tenancyId)
                .query((row, number) -> new CheckView(
                        row.getObject("check_date", LocalDate.class), CheckStatus.valueOf(row.getString("status"))))
                .list();
    }
}
