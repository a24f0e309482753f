package de.lotse.query.esf;

import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.query.system.SequencedRows;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read model that counts participants as the ESF+ fold sees them, kept in two tables: one row
 * per participant with the participation folded so far, so that the next event can be folded on,
 * and one version row per change of what the read model counts, valid from the instant its event
 * was recorded until the next change was recorded. A report "as of" an instant then counts the
 * versions valid at that instant, in SQL, without folding anything; a report of now counts the
 * current ones ({@code recorded_until IS NULL}). The ESF+ report and the pathway analytics keep
 * their versions this way, each with what it counts.
 *
 * <p>A participant's row is guarded by {@code last_sequence}, so an event seen already produces no
 * version; the versions a unit of work produced are written with the row, each valid until the
 * next one was recorded. Public for the pathway analytics.
 *
 * @param <S> what the read model counts of a participation: a version is written whenever it changes
 */
public final class ParticipationVersions<S> {

    /**
     * The read model's tables and what it counts. The participant table has the columns
     * {@code participant_id, participation (jsonb), version_sequence, last_sequence}; the version
     * table {@code participant_id, sequence, recorded_from, recorded_until} and then the columns
     * of what is counted.
     *
     * @param summaryColumns the version table's further columns, as an SQL list
     * @param summaryValues  their values, as an SQL list of named parameters (with casts where needed)
     * @param summarise      what the read model counts of a participation
     * @param parameters     the named parameters of {@code summaryValues} for what is counted
     */
    public record Tables<S>(
            String participants,
            String versions,
            String summaryColumns,
            String summaryValues,
            Function<Participation, S> summarise,
            Function<S, MapSqlParameterSource> parameters) {}

    private final Tables<S> tables;
    private final Statements statements;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;
    private final SequencedRows<VersionedParticipation<S>> rows = new SequencedRows<>(this::load, this::write);

    public ParticipationVersions(Tables<S> tables, NamedParameterJdbcOperations jdbc, JsonMapper json) {
        this.tables = tables;
        this.statements = Statements.of(tables);
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
        this.json = json;
    }

    /** Folds one event of the participant's stream on, starting the participant with their enrolment. */
    public void record(ParticipantEvent event, long sequence, Instant recordedAt) {
        var id = event.participantId().value();
        if (event instanceof ParticipantEnrolled) {
            rows.insertOnce(id, sequence, () -> {
                var fold = new ParticipationFold(id);
                fold.apply(event);
                return VersionedParticipation.first(
                        tables.summarise(), fold.result().orElseThrow(), sequence, recordedAt);
            });
        } else {
            rows.change(id, sequence, row -> row.apply(event, sequence, recordedAt));
        }
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM " + tables.versions()).update();
        jdbc.sql("DELETE FROM " + tables.participants()).update();
    }

    private Optional<SequencedRows.Stored<VersionedParticipation<S>>> load(UUID id) {
        return jdbc.sql(statements.load())
                .param("id", id)
                .query((row, number) -> new SequencedRows.Stored<>(
                        VersionedParticipation.stored(
                                tables.summarise(),
                                json.readValue(row.getString("participation"), Participation.class),
                                row.getObject("version_sequence", Long.class)),
                        row.getLong("last_sequence")))
                .optional();
    }

    private void write(List<SequencedRows.Changed<VersionedParticipation<S>>> changed) {
        batch.batchUpdate(
                statements.upsertParticipants(),
                changed.stream().map(this::participant).toArray(SqlParameterSource[]::new));
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
        batch.batchUpdate(statements.endVersions(), ended.toArray(SqlParameterSource[]::new));
        batch.batchUpdate(statements.addVersions(), added.toArray(SqlParameterSource[]::new));
    }

    /**
     * The statements over the read model's tables, put together once: formatting them for each
     * event was about 1 % of the live processors' CPU samples in a catch-up.
     */
    private record Statements(String load, String upsertParticipants, String endVersions, String addVersions) {

        static Statements of(Tables<?> tables) {
            return new Statements(
                    """
                    SELECT participation, version_sequence, last_sequence
                    FROM %s WHERE participant_id = :id FOR UPDATE""".formatted(tables.participants()),
                    """
                    INSERT INTO %1$s (participant_id, participation, version_sequence, last_sequence)
                    VALUES (:id, CAST(:participation AS jsonb), :version, :sequence)
                    ON CONFLICT (participant_id) DO UPDATE
                    SET participation = EXCLUDED.participation, version_sequence = EXCLUDED.version_sequence,
                        last_sequence = EXCLUDED.last_sequence
                    WHERE %1$s.last_sequence < EXCLUDED.last_sequence""".formatted(tables.participants()),
                    """
                    UPDATE %s SET recorded_until = :until
                    WHERE participant_id = :id AND sequence = :sequence AND recorded_until IS NULL""".formatted(tables.versions()),
                    """
                    INSERT INTO %s (participant_id, sequence, recorded_from, recorded_until, %s)
                    VALUES (:id, :sequence, :from, :until, %s)
                    ON CONFLICT (participant_id, sequence) DO NOTHING""".formatted(tables.versions(), tables.summaryColumns(), tables.summaryValues()));
        }
    }

    private MapSqlParameterSource participant(SequencedRows.Changed<VersionedParticipation<S>> change) {
        return new MapSqlParameterSource()
                .addValue("id", change.participantId())
                .addValue("participation", json.writeValueAsString(change.row().participation()))
                .addValue("version", change.row().currentVersion(), Types.BIGINT)
                .addValue("sequence", change.sequence());
    }

    private MapSqlParameterSource version(UUID id, VersionedParticipation.Version<S> version, @Nullable Instant until) {
        return tables.parameters()
                .apply(version.summary())
                .addValue("id", id)
                .addValue("sequence", version.sequence())
                .addValue("from", utc(version.recordedFrom()))
                .addValue("until", until == null ? null : utc(until), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
