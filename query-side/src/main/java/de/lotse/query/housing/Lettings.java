package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.address;
import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.housing.ParticipantOffer;
import de.lotse.api.housing.ParticipantTenancy;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.UnitDetail.CheckView;
import de.lotse.api.housing.UnitDetail.OfferView;
import de.lotse.api.housing.UnitDetail.TenancyView;
import de.lotse.api.housing.UnitDetail.VacancyView;
import de.lotse.api.housing.VacancyOpened;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code portfolio_vacancy}, {@code portfolio_offer}, {@code portfolio_tenancy} and
 * {@code portfolio_tenancy_check}: how each unit is let, from the unit's own stream. Each later
 * step fills columns that are empty until then, so a redelivered event keeps what the first did.
 */
@Component
class Lettings {

    /** Checks of a tenancy fall due this many months after the move-in. */
    private static final List<Integer> CHECK_MONTHS = List.of(3, 6, 12);

    /** How an offer ended: its status, on which day, and when that was recorded. */
    record Outcome(OfferStatus status, LocalDate date, Instant recordedAt) {}

    private final JdbcClient jdbc;

    Lettings(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void open(VacancyOpened event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_vacancy (vacancy_id, unit_id, available_from, recorded_at)
                VALUES (:id, :unit, :from, :recordedAt) ON CONFLICT (vacancy_id) DO NOTHING""")
                .param("id", event.vacancyId().value())
                .param("unit", event.unitId().value())
                .param("from", event.availableFrom())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void close(UUID vacancyId, LocalDate date, Instant recordedAt) {
        jdbc.sql("""
                UPDATE portfolio_vacancy SET closed_on = :date, closed_recorded_at = :recordedAt
                WHERE vacancy_id = :id AND closed_on IS NULL""")
                .param("id", vacancyId)
                .param("date", date)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void offer(OfferMade event, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO portfolio_offer (offer_id, unit_id, vacancy_id, participant_id, offered_on, respond_by,
                                             status, recorded_at)
                VALUES (:id, :unit, :vacancy, :participant, :offeredOn, :respondBy, 'OPEN', :recordedAt)
                ON CONFLICT (offer_id) DO NOTHING""")
                .param("id", event.offerId().value())
                .param("unit", event.unitId().value())
                .param("vacancy", event.vacancyId().value())
                .param("participant", event.participantId().value())
                .param("offeredOn", event.offeredOn())
                .param("respondBy", event.respondBy())
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void end(UUID offerId, Outcome outcome) {
        decline(offerId, outcome, null, null);
    }

    void decline(UUID offerId, Outcome outcome, @Nullable DeclinedBy by, @Nullable DeclineReason reason) {
        jdbc.sql("""
                UPDATE portfolio_offer
                SET status = :status, ended_on = :date, declined_by = :by, decline_reason = :reason,
                    ended_recorded_at = :recordedAt
                WHERE offer_id = :id AND status = 'OPEN'""")
                .param("id", offerId)
                .param("status", outcome.status().name())
                .param("date", outcome.date())
                .param("by", by == null ? null : by.name())
                .param("reason", reason == null ? null : reason.name())
                .param("recordedAt", utc(outcome.recordedAt()))
                .update();
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
        Stream.of("portfolio_tenancy_check", "portfolio_tenancy", "portfolio_offer", "portfolio_vacancy")
                .forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }

    List<VacancyView> vacancies(UUID unitId) {
        return jdbc.sql("""
                SELECT vacancy_id, available_from, closed_on FROM portfolio_vacancy
                WHERE unit_id = :unit ORDER BY available_from, recorded_at, vacancy_id""")
                .param("unit", unitId)
                .query((row, number) -> {
                    var closedOn = row.getObject("closed_on", LocalDate.class);
                    return new VacancyView(
                            row.getString("vacancy_id"),
                            row.getObject("available_from", LocalDate.class),
                            closedOn == null,
                            closedOn);
                })
                .list();
    }

    List<OfferView> offers(UUID unitId, Names names) {
        return jdbc.sql("""
                SELECT * FROM portfolio_offer WHERE unit_id = :unit ORDER BY offered_on, recorded_at, offer_id""")
                .param("unit", unitId)
                .query((row, number) -> {
                    var participant = row.getObject("participant_id", UUID.class);
                    var by = row.getString("declined_by");
                    var reason = row.getString("decline_reason");
                    return new OfferView(
                            row.getString("offer_id"),
                            row.getString("vacancy_id"),
                            participant.toString(),
                            names.of(participant),
                            OfferStatus.valueOf(row.getString("status")),
                            row.getObject("offered_on", LocalDate.class),
                            row.getObject("respond_by", LocalDate.class),
                            row.getObject("ended_on", LocalDate.class),
                            by == null ? null : DeclinedBy.valueOf(by),
                            reason == null ? null : DeclineReason.valueOf(reason));
                })
                .list();
    }

    List<TenancyView> tenancies(UUID unitId, Names names) {
        return jdbc.sql("SELECT * FROM portfolio_tenancy WHERE unit_id = :unit ORDER BY start_date, tenancy_id")
                .param("unit", unitId)
                .query((row, number) -> tenancy(row, names))
                .list();
    }

    /** The participant's offers and tenancies with the units' addresses, each oldest first. */
    ParticipantHousing ofParticipant(UUID participantId) {
        var offers = jdbc.sql("""
                SELECT o.*, u.label, p.street, p.house_number, p.postcode, p.city
                FROM portfolio_offer o
                JOIN portfolio_unit u ON u.unit_id = o.unit_id JOIN portfolio_property p ON p.property_id = u.property_id
                WHERE o.participant_id = :participant ORDER BY o.offered_on, o.recorded_at, o.offer_id""")
                .param("participant", participantId)
                .query((row, number) -> new ParticipantOffer(
                        row.getString("offer_id"),
                        row.getString("unit_id"),
                        address(row),
                        row.getString("label"),
                        OfferStatus.valueOf(row.getString("status")),
                        row.getObject("offered_on", LocalDate.class),
                        row.getObject("respond_by", LocalDate.class),
                        row.getObject("ended_on", LocalDate.class)))
                .list();
        var tenancies = jdbc.sql("""
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
        return new ParticipantHousing(offers, tenancies);
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
