package de.lotse.command.housing;

import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.participant.ParticipantId;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one housing aggregate needs to know of the others, and what the routes need to find the
 * unit behind an offer, a vacancy or a tenancy (migration V50). {@link HousingRegisterRecorder}
 * writes it from the events, in the transaction that stores them, so it never lags behind the
 * event store: a vacancy answered 201 is found by the next request.
 *
 * <p>Tenancies keep their periods here under an exclusion constraint: whatever slips past the
 * unit's own check (two writers on one unit at once, an event appended by other means), PostgreSQL
 * never stores two tenancies of one unit that share a day.
 */
@Component
public class HousingRegister {

    /** The kinds of a unit's parts that routes address by their own id. */
    public enum Part {
        VACANCY,
        OFFER,
        TENANCY
    }

    /** An open offer of a participant, and the unit it belongs to. */
    public record OpenOffer(UnitId unitId, OfferId offerId) {}

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcClient jdbc;

    public HousingRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Holding> holdingOf(PropertyId property) {
        return jdbc.sql("SELECT holding FROM housing_property WHERE property_id = :property")
                .param("property", property.value())
                .query(String.class)
                .optional()
                .map(Holding::valueOf);
    }

    public Optional<String> addressOf(PropertyId property) {
        return jdbc.sql("SELECT address FROM housing_property WHERE property_id = :property")
                .param("property", property.value())
                .query(String.class)
                .optional();
    }

    public Optional<PropertyId> propertyOf(UnitId unit) {
        return jdbc.sql("SELECT property_id FROM housing_unit WHERE unit_id = :unit")
                .param("unit", unit.value())
                .query(UUID.class)
                .optional()
                .map(PropertyId::new);
    }

    /** The unit that holds the vacancy, offer or tenancy with this id. */
    public Optional<UnitId> unitOf(Part part, UUID id) {
        return jdbc.sql("SELECT unit_id FROM housing_unit_part WHERE part_id = :id AND kind = :kind")
                .param("id", id)
                .param("kind", part.name())
                .query(UUID.class)
                .optional()
                .map(UnitId::new);
    }

    /** Whether a renovation of the unit runs on that day, or runs from before it with no end yet. */
    public boolean inRenovationOn(UnitId unit, LocalDate day) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM housing_renovation_unit WHERE unit_id = :unit AND period @> :day)")
                .param("unit", unit.value())
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    /** Whether a renovation of the unit runs on or after that day. */
    public boolean inRenovationFrom(UnitId unit, LocalDate day) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM housing_renovation_unit
                                WHERE unit_id = :unit AND period && daterange(:day, NULL, '[)'))""")
                .param("unit", unit.value())
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    public List<OpenOffer> openOffersOf(ParticipantId participant) {
        return jdbc.sql("SELECT unit_id, offer_id FROM housing_open_offer WHERE participant_id = :participant")
                .param("participant", participant.value())
                .query((row, n) -> new OpenOffer(
                        new UnitId(row.getObject("unit_id", UUID.class)),
                        new OfferId(row.getObject("offer_id", UUID.class))))
                .list();
    }

    void acquired(PropertyId property, Holding holding, String address) {
        jdbc.sql("""
                INSERT INTO housing_property (property_id, holding, address) VALUES (:property, :holding, :address)
                ON CONFLICT (property_id) DO NOTHING""")
                .param("property", property.value())
                .param("holding", holding.name())
                .param("address", address)
                .update();
    }

    void added(UnitId unit, PropertyId property) {
        jdbc.sql("""
                INSERT INTO housing_unit (unit_id, property_id) VALUES (:unit, :property)
                ON CONFLICT (unit_id) DO NOTHING""")
                .param("unit", unit.value())
                .param("property", property.value())
                .update();
    }

    void filed(Part part, UUID id, UnitId unit) {
        jdbc.sql("""
                INSERT INTO housing_unit_part (part_id, unit_id, kind) VALUES (:id, :unit, :kind)
                ON CONFLICT (part_id) DO NOTHING""")
                .param("id", id)
                .param("unit", unit.value())
                .param("kind", part.name())
                .update();
    }

    void offerOpened(OfferId offer, UnitId unit, ParticipantId participant) {
        jdbc.sql("""
                INSERT INTO housing_open_offer (offer_id, unit_id, participant_id) VALUES (:offer, :unit, :participant)
                ON CONFLICT (offer_id) DO NOTHING""")
                .param("offer", offer.value())
                .param("unit", unit.value())
                .param("participant", participant.value())
                .update();
    }

    void offerClosed(OfferId offer) {
        jdbc.sql("DELETE FROM housing_open_offer WHERE offer_id = :offer")
                .param("offer", offer.value())
                .update();
    }

    /**
     * Stores the tenancy's period, both days included, open-ended without {@code end}. The
     * conflict target names the tenancy only, so an overlap is never skipped as a conflict: it
     * fails on the exclusion constraint, and the whole transaction with its events rolls back.
     */
    void let(TenancyId tenancy, UnitId unit, LocalDate start, @Nullable LocalDate end) {
        try {
            jdbc.sql("""
                    INSERT INTO housing_tenancy (tenancy_id, unit_id, period)
                    VALUES (:tenancy, :unit, daterange(:start, :end, '[]'))
                    ON CONFLICT (tenancy_id) DO NOTHING""")
                    .param("tenancy", tenancy.value())
                    .param("unit", unit.value())
                    .param("start", start)
                    .param("end", end)
                    .update();
        } catch (DataIntegrityViolationException refused) {
            if (!isExclusionViolation(refused)) {
                throw refused;
            }
            throw new HousingRuleViolation(
                    HousingRule.UNIT_OCCUPIED, "Another tenancy of unit " + unit + " covers a day from " + start + ".");
        }
    }

    void tenancyEnded(TenancyId tenancy, LocalDate date) {
        jdbc.sql(
                        "UPDATE housing_tenancy SET period = daterange(lower(period), :date, '[]') WHERE tenancy_id = :tenancy")
                .param("tenancy", tenancy.value())
                .param("date", date)
                .update();
    }

    void renovationStarted(RenovationId renovation, List<UnitId> units, LocalDate start) {
        for (var unit : units) {
            jdbc.sql("""
                    INSERT INTO housing_renovation_unit (renovation_id, unit_id, period)
                    VALUES (:renovation, :unit, daterange(:start, NULL, '[)'))
                    ON CONFLICT (renovation_id, unit_id) DO NOTHING""")
                    .param("renovation", renovation.value())
                    .param("unit", unit.value())
                    .param("start", start)
                    .update();
        }
    }

    /** The units are in renovation up to the day before completion; on that day they leave it. */
    void renovationCompleted(RenovationId renovation, LocalDate date) {
        jdbc.sql("""
                UPDATE housing_renovation_unit SET period = daterange(lower(period), :date, '[)')
                 WHERE renovation_id = :renovation""")
                .param("renovation", renovation.value())
                .param("date", date)
                .update();
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
