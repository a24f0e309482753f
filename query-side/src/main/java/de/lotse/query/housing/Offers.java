package de.lotse.query.housing;

import static de.lotse.query.housing.Portfolio.address;
import static de.lotse.query.housing.Portfolio.utc;

import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.ParticipantOffer;
import de.lotse.api.housing.UnitDetail.OfferView;
import de.lotse.api.housing.UnitDetail.VacancyView;
import de.lotse.api.housing.VacancyOpened;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code portfolio_vacancy} and {@code portfolio_offer}: each unit's vacancies and the
 * offers made on them, from the unit's own stream. A vacancy closes once and an offer ends once, so
 * a redelivered event keeps what the first did.
 */
@Component
class Offers {

    /** How an offer ended: its status, on which day, and when that was recorded. */
    record Outcome(OfferStatus status, LocalDate date, Instant recordedAt) {}

    private final JdbcClient jdbc;

    Offers(NamedParameterJdbcOperations jdbc) {
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

    void deleteAll() {
        jdbc.sql("DELETE FROM portfolio_offer").update();
        jdbc.sql("DELETE FROM portfolio_vacancy").update();
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

    /** The participant's offers with the units' addresses, oldest first. */
    List<ParticipantOffer> ofParticipant(UUID participantId) {
        return jdbc.sql("""
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
    }
}
