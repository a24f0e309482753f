package de.lotse.query.audit;

import de.lotse.api.audit.AuditEntry;
import de.lotse.api.audit.FindAuditTrail;
import de.lotse.query.system.BatchedRows;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All SQL of the {@code audit_trail} table. Its rows are never changed, so they go in as a batch. A
 * row belongs to a participant's stream, an account's or a housing aggregate's; the hash chain is
 * kept per stream.
 */
@Component
class AuditTrail {

    record Row(
            String eventId,
            @Nullable UUID participantId,
            @Nullable String account,
            @Nullable UUID housingStream,
            long sequence,
            String type,
            Instant recordedAt,
            String recordedBy,
            @Nullable String correlationId,
            @Nullable String causationId) {}

    private static final String FILTER = """
             WHERE (CAST(:from AS timestamptz) IS NULL OR t.recorded_at >= :from)
               AND (CAST(:to AS timestamptz) IS NULL OR t.recorded_at < :to)
               AND (CAST(:user AS text) IS NULL OR t.recorded_by = :user)
               AND (CAST(:type AS text) IS NULL OR t.type = :type)
            """;

    private final JdbcClient jdbc;
    private final BatchedRows rows;

    AuditTrail(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.rows = new BatchedRows(jdbc);
    }

    void record(Row row) {
        rows.insert(
                """
                INSERT INTO audit_trail (event_id, participant_id, account, housing_stream, sequence, type,
                                         recorded_at, recorded_by, correlation_id, causation_id)
                VALUES (:eventId, :participantId, :account, :housingStream, :sequence, :type, :recordedAt,
                        :recordedBy, :correlationId, :causationId)
                ON CONFLICT (event_id) DO NOTHING
                """,
                new MapSqlParameterSource()
                        .addValue("eventId", row.eventId())
                        .addValue("participantId", row.participantId(), Types.OTHER)
                        .addValue("account", row.account(), Types.VARCHAR)
                        .addValue("housingStream", row.housingStream(), Types.OTHER)
                        .addValue("sequence", row.sequence())
                        .addValue("type", row.type())
                        .addValue("recordedAt", Timestamp.from(row.recordedAt()))
                        .addValue("recordedBy", row.recordedBy())
                        .addValue("correlationId", row.correlationId(), Types.VARCHAR)
                        .addValue("causationId", row.causationId(), Types.VARCHAR));
    }

    List<AuditEntry> page(FindAuditTrail query) {
        return filtered("""
                SELECT t.participant_id, t.account, t.housing_stream, t.sequence, t.type, t.recorded_at, t.recorded_by,
                       t.correlation_id, t.causation_id, c.hash
                  FROM audit_trail t
                  LEFT JOIN event_chain c
                    ON c.aggregate_identifier
                       = COALESCE(CAST(t.participant_id AS text), t.account, CAST(t.housing_stream AS text))
                   AND c.sequence_number = t.sequence
                """ + FILTER + """
                 ORDER BY t.recorded_at, t.participant_id, t.account, t.housing_stream, t.sequence
                 LIMIT :size OFFSET :offset
                """, query)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((row, n) -> new AuditEntry(
                        row.getString("participant_id"),
                        row.getLong("sequence"),
                        row.getString("type"),
                        row.getTimestamp("recorded_at").toInstant(),
                        row.getString("recorded_by"),
                        row.getString("correlation_id"),
                        row.getString("causation_id"),
                        row.getString("hash"),
                        row.getString("account"),
                        row.getString("housing_stream")))
                .list();
    }

    long count(FindAuditTrail query) {
        return filtered("SELECT count(*) FROM audit_trail t" + FILTER, query)
                .query(Long.class)
                .single();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM audit_trail").update();
    }

    private JdbcClient.StatementSpec filtered(String sql, FindAuditTrail query) {
        return jdbc.sql(sql)
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("user", query.user())
                .param("type", query.type());
    }
}
