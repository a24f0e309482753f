package de.lotse.query.pathways;

import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Participation;
import de.lotse.query.pathways.PathwaySummary.StageSummary;
import de.lotse.query.system.SequencedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
 * unit of work produced are written with the row, each valid until the next one was recorded.
 */
@Component
class Pathways {

    private static final Stage[] STAGES = Stage.values();

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

    /** Hands {@code each} every participant who entered in the period, as counted at {@code asOf}. */
    void eachValidAt(Instant asOf, PeriodCondition period, Consumer<PathwaySummary> each) {
        jdbc.sql("""
                SELECT entry_date, stage_status, days_from_entry, days_active, exit_date,
                       employed_upon_leaving, employed_six_months_after
                FROM pathway_version v
                WHERE %s AND %s""".formatted(PeriodCondition.VALID_AT, period.sql()))
                .params(period.parameters(asOf))
                .query(row -> {
                    each.accept(summary(row));
                });
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
                INSERT INTO pathway_version (participant_id, sequence, recorded_from, recorded_until, entry_date,
                    stage_status, days_from_entry, days_active, exit_date, employed_upon_leaving,
                    employed_six_months_after)
                VALUES (:id, :sequence, :from, :until, :entryDate, CAST(:status AS text[]),
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
        var summary = version.summary();
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("sequence", version.sequence())
                .addValue("from", utc(version.recordedFrom()))
                .addValue("until", until == null ? null : utc(until), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("entryDate", summary.entryDate())
                .addValue("status", array(summary, stage -> stage.status().name()))
                .addValue("fromEntry", array(summary, StageSummary::daysFromEntry))
                .addValue("active", array(summary, StageSummary::daysActive))
                .addValue("exitDate", summary.exitDate(), Types.DATE)
                .addValue("employedUponLeaving", summary.employedUponLeaving())
                .addValue("employedSixMonthsAfter", summary.employedSixMonthsAfter());
    }

    /** One value per stage in the order of the five stages, NULL for a stage never started, as an array literal. */
    private static String array(PathwaySummary summary, Function<StageSummary, @Nullable Object> value) {
        return Arrays.stream(STAGES)
                .map(stage -> Optional.ofNullable(summary.stages().get(stage))
                        .map(value)
                        .map(String::valueOf)
                        .orElse("NULL"))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static PathwaySummary summary(ResultSet row) throws SQLException {
        var statuses = (Object[]) row.getArray("stage_status").getArray();
        var fromEntry = (Object[]) row.getArray("days_from_entry").getArray();
        var active = (Object[]) row.getArray("days_active").getArray();
        var stages = new EnumMap<Stage, StageSummary>(Stage.class);
        for (var i = 0; i < STAGES.length; i++) {
            if (statuses[i] != null) {
                stages.put(
                        STAGES[i],
                        new StageSummary(StageStatus.valueOf((String) statuses[i]), (Integer) fromEntry[i], (Integer)
                                active[i]));
            }
        }
        return new PathwaySummary(
                row.getObject("entry_date", LocalDate.class),
                stages,
                row.getObject("exit_date", LocalDate.class),
                row.getBoolean("employed_upon_leaving"),
                row.getBoolean("employed_six_months_after"));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> SqlParameterSource[] parameters(List<T> changed, Function<T, MapSqlParameterSource> parameters) {
        return changed.stream().map(parameters).toArray(SqlParameterSource[]::new);
    }
}
