package de.lotse.query.pathways;

import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Participation;
import de.lotse.query.system.SequencedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code pathway_participant} and {@code pathway_version}. A participant's row is
 * guarded by {@code last_sequence}, so an event seen already produces no version; the versions a
 * unit of work produced are written with the row, each valid until the next one was recorded. A
 * report is counted by the database, a few rows per query, so that it takes well under a second
 * for a hundred thousand participants (see {@code bench/}).
 */
@Component
class Pathways {

    private static final Stage[] STAGES = Stage.values();

    /** What became of the participants, grouped by a column: %1$s what is grouped, %2$s the versions, %3$s the group. */
    private static final String OUTCOMES = """
            SELECT %1$s, count(*) AS participants, count(v.exit_date) AS exited,
                   count(*) FILTER (WHERE v.exit_date IS NOT NULL AND v.employed_upon_leaving) AS employed_upon_leaving,
                   count(*) FILTER (WHERE v.employed_six_months_after) AS employed_six_months_after
            FROM pathway_version v
            WHERE %2$s
            GROUP BY %3$s""";

    /** A participant's entry quarter, as {@code 2026-Q1}. */
    private static final String QUARTER = "to_char(v.entry_date, 'YYYY') || '-Q' || to_char(v.entry_date, 'Q')";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;
    private final SequencedRows<PathwayState> rows = new SequencedRows<>(this::load, this::write);

    Pathways(NamedParameterJdbcOperations jdbc, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
        this.json = json;
    }

    void enrol(UUID id, long sequence, Supplier<PathwayState> first) {
        rows.insertOnce(id, sequence, first);
    }

    void change(UUID id, long sequence, UnaryOperator<PathwayState> change) {
        rows.change(id, sequence, change);
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM pathway_version").update();
        jdbc.sql("DELETE FROM pathway_participant").update();
    }

    /** Counts the participants who entered in the period, as they stood at the report's instant, into {@code tally}. */
    void countInto(PeriodCondition period, Instant recordedBy, PathwayTally tally) {
        var parameters = period.parameters(recordedBy);
        jdbc.sql("""
                SELECT s.n AS stage, count(*) AS started,
                       count(*) FILTER (WHERE s.status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE s.status = 'ABORTED') AS aborted,
                       count(*) FILTER (WHERE s.status = 'CLOSED_AT_EXIT') AS closed_at_exit,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.from_entry) AS median_days_from_entry,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.active) AS median_days_active,
                       count(s.active) AS ended
                FROM pathway_version v
                CROSS JOIN LATERAL unnest(v.stage_status, v.days_from_entry, v.days_active)
                    WITH ORDINALITY AS s(status, from_entry, active, n)
                WHERE %s AND s.status IS NOT NULL
                GROUP BY s.n""".formatted(period.sql()))
                .params(parameters)
                .query((row, number) -> {
                    tally.stage(
                            STAGES[row.getInt("stage") - 1],
                            new PathwayTally.StageCounts(
                                    row.getLong("started"),
                                    row.getLong("completed"),
                                    row.getLong("aborted"),
                                    row.getLong("closed_at_exit"),
                                    row.getObject("median_days_from_entry", Double.class),
                                    row.getObject("median_days_active", Double.class),
                                    row.getLong("ended")));
                    return number;
                })
                .list();
        jdbc.sql(OUTCOMES.formatted("route", period.sql(), "route"))
                .params(parameters)
                .query((row, number) -> {
                    tally.route(route(row.getInt("route")), outcomes(row));
                    return number;
                })
                .list();
        jdbc.sql(OUTCOMES.formatted(QUARTER + " AS quarter", period.sql(), "quarter"))
                .params(parameters)
                .query((row, number) -> {
                    tally.cohort(row.getString("quarter"), outcomes(row));
                    return number;
                })
                .list();
    }

    private Optional<SequencedRows.Stored<PathwayState>> load(UUID id) {
        return jdbc.sql("""
                SELECT participation, version_sequence, last_sequence
                FROM pathway_participant WHERE participant_id = :id FOR UPDATE""")
                .param("id", id)
                .query((row, number) -> new SequencedRows.Stored<>(
                        PathwayState.stored(
                                json.readValue(row.getString("participation"), Participation.class),
                                row.getObject("version_sequence", Long.class)),
                        row.getLong("last_sequence")))
                .optional();
    }

    private void write(List<SequencedRows.Changed<PathwayState>> changed) {
        batch.batchUpdate("""
                INSERT INTO pathway_participant (participant_id, participation, version_sequence, last_sequence)
                VALUES (:id, CAST(:participation AS jsonb), :version, :sequence)
                ON CONFLICT (participant_id) DO UPDATE
                SET participation = EXCLUDED.participation, version_sequence = EXCLUDED.version_sequence,
                    last_sequence = EXCLUDED.last_sequence
                WHERE pathway_participant.last_sequence < EXCLUDED.last_sequence""", parameters(changed, this::row));
        var ended = new ArrayList<SqlParameterSource>();
        var added = new ArrayList<SqlParameterSource>();
        for (var change : changed) {
            var versions = change.row().unwritten();
            var stored = change.row().storedVersion();
            if (versions.isEmpty()) {
                continue;
            }
            if (stored != null) {
                ended.add(new MapSqlParameterSource()
                        .addValue("id", change.participantId())
                        .addValue("sequence", stored)
                        .addValue("until", utc(versions.get(0).recordedFrom())));
            }
            for (var i = 0; i < versions.size(); i++) {
                var until = i + 1 < versions.size() ? versions.get(i + 1).recordedFrom() : null;
                added.add(version(change.participantId(), versions.get(i), until));
            }
        }
        batch.batchUpdate("""
                UPDATE pathway_version SET recorded_until = :until
                WHERE participant_id = :id AND sequence = :sequence AND recorded_until IS NULL""", ended.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO pathway_version (participant_id, sequence, recorded_from, recorded_until, entry_date, route,
                    stage_status, days_from_entry, days_active, exit_date, employed_upon_leaving,
                    employed_six_months_after)
                VALUES (:id, :sequence, :from, :until, :entryDate, :route, CAST(:status AS text[]),
                    CAST(:fromEntry AS integer[]), CAST(:active AS integer[]), :exitDate, :employedUponLeaving,
                    :employedSixMonthsAfter)
                ON CONFLICT (participant_id, sequence) DO NOTHING""", added.toArray(SqlParameterSource[]::new));
    }

    private MapSqlParameterSource row(SequencedRows.Changed<PathwayState> change) {
        return new MapSqlParameterSource()
                .addValue("id", change.participantId())
                .addValue("participation", json.writeValueAsString(change.row().participation()))
                .addValue("version", change.row().currentVersion(), Types.BIGINT)
                .addValue("sequence", change.sequence());
    }

    private static MapSqlParameterSource version(UUID id, PathwayState.Version version, @Nullable Instant until) {
        return version.summary()
                .columns()
                .addValue("id", id)
                .addValue("sequence", version.sequence())
                .addValue("from", utc(version.recordedFrom()))
                .addValue("until", until == null ? null : utc(until), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static PathwayTally.Outcomes outcomes(ResultSet row) throws SQLException {
        return new PathwayTally.Outcomes(
                row.getLong("participants"),
                row.getLong("exited"),
                row.getLong("employed_upon_leaving"),
                row.getLong("employed_six_months_after"));
    }

    /** The stages of a route's bits, in the order of the five stages. */
    private static List<Stage> route(int bits) {
        return Arrays.stream(STAGES)
                .filter(stage -> (bits & (1 << stage.ordinal())) != 0)
                .toList();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> SqlParameterSource[] parameters(List<T> changed, Function<T, MapSqlParameterSource> parameters) {
        return changed.stream().map(parameters).toArray(SqlParameterSource[]::new);
    }
}
