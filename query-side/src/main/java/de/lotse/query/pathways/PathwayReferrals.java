package de.lotse.query.pathways;

import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.query.system.WriteBehind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code pathway_referral} table. A unit of work writes the referrals made before the
 * closings: a referral is closed at most once and only after it was made, so that order gives the
 * right rows whatever order the events of a batch came in, and a redelivered event writes the same
 * values again.
 */
@Component
class PathwayReferrals {

    /** What a unit of work wrote: the referrals made, then the closings. */
    private record Pending(List<SqlParameterSource> made, List<SqlParameterSource> closed) {

        Pending() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final WriteBehind<Pending> pending = new WriteBehind<>(Pending::new, this::write);

    PathwayReferrals(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

    void made(UUID referralId, UUID participantId, ReferralArea area, LocalDate date, Instant recordedAt) {
        var row = new MapSqlParameterSource()
                .addValue("id", referralId)
                .addValue("participantId", participantId)
                .addValue("area", area.name())
                .addValue("date", date)
                .addValue("recordedAt", recordedAt.atOffset(ZoneOffset.UTC));
        pending.collect(collected -> collected.made().add(row));
    }

    void closed(UUID referralId, ReferralOutcome outcome, LocalDate date, Instant recordedAt) {
        var row = new MapSqlParameterSource()
                .addValue("id", referralId)
                .addValue("outcome", outcome.name())
                .addValue("date", date)
                .addValue("recordedAt", recordedAt.atOffset(ZoneOffset.UTC));
        pending.collect(collected -> collected.closed().add(row));
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM pathway_referral").update();
    }

    /**
     * Counts the referrals recorded by {@code recordedBy} of the participants who entered in the
     * period into {@code tally}, by area; a referral counts as closed once its closing was recorded by then.
     */
    void countInto(PeriodCondition period, Instant recordedBy, PathwayTally tally) {
        jdbc.sql("""
                SELECT r.area, count(*) AS made,
                       count(*) FILTER (WHERE r.closed_recorded_at <= :recordedBy AND r.outcome = 'RESOLVED') AS resolved,
                       percentile_cont(0.5) WITHIN GROUP (
                           ORDER BY CASE WHEN r.closed_recorded_at <= :recordedBy THEN r.closed_on - r.made_on END)
                           AS median_days_open,
                       count(DISTINCT r.participant_id) FILTER (WHERE r.closed_recorded_at <= :recordedBy) AS closed_for
                FROM pathway_referral r
                JOIN pathway_version v ON v.participant_id = r.participant_id AND %s
                WHERE r.made_recorded_at <= :recordedBy
                GROUP BY r.area""".formatted(period.sql()))
                .params(period.parameters(recordedBy))
                .query((row, number) -> {
                    tally.area(
                            ReferralArea.valueOf(row.getString("area")),
                            new PathwayTally.AreaCounts(
                                    row.getLong("made"),
                                    row.getLong("resolved"),
                                    row.getObject("median_days_open", Double.class),
                                    row.getLong("closed_for")));
                    return number;
                })
                .list();
    }

    private void write(Pending collected) {
        batch.batchUpdate("""
                INSERT INTO pathway_referral (referral_id, participant_id, area, made_on, made_recorded_at)
                VALUES (:id, :participantId, :area, :date, :recordedAt)
                ON CONFLICT (referral_id) DO NOTHING""", collected.made().toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                UPDATE pathway_referral
                SET outcome = :outcome, closed_on = :date, closed_recorded_at = :recordedAt
                WHERE referral_id = :id""", collected.closed().toArray(SqlParameterSource[]::new));
    }
}
