package de.lotse.query.participant;

import de.lotse.api.participant.ParticipantView;
import de.lotse.query.system.WriteBehind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code participant_view} table: each participant's {@link ParticipantView} as one JSON
 * document, beside the coach it belongs to and the sequence number of the last event applied.
 * While a unit of work applies a batch of events, each document is read at most once and written
 * once, with all the batch's documents together, just before the unit of work commits.
 * Public only for {@link #coachOf}, which the audit trail checks before it shows a stream.
 */
@Component
public class ParticipantViews {

    /**
     * A participant's document as the current unit of work has it, and the last event applied to it;
     * without a view if the table has no row for the participant.
     */
    private static final class Document {

        final @Nullable ObjectNode view;
        long sequence;
        boolean changed;

        Document(@Nullable ObjectNode view, long sequence, boolean changed) {
            this.view = view;
            this.sequence = sequence;
            this.changed = changed;
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;
    private final WriteBehind<Map<UUID, Document>> documents = new WriteBehind<>(HashMap::new, this::write);

    ParticipantViews(NamedParameterJdbcOperations jdbc, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
        this.json = json;
    }

    /** The coach whose caseload the participant is in, if the view knows the participant yet. */
    public Optional<String> coachOf(UUID participantId) {
        return jdbc.sql("SELECT coach FROM participant_view WHERE participant_id = :id")
                .param("id", participantId)
                .query(String.class)
                .optional();
    }

    Optional<ParticipantView> find(UUID participantId) {
        return jdbc.sql("SELECT view::text FROM participant_view WHERE participant_id = :id")
                .param("id", participantId)
                .query(String.class)
                .optional()
                .map(view -> json.readValue(view, ParticipantView.class));
    }

    /**
     * Adds the participant's first document, unless the view has one already. Its write is an upsert
     * that keeps the row if the row has seen more events: the document starts from the first event,
     * so with the events applied after it in the same unit of work it is complete.
     */
    void insert(UUID participantId, long sequence, ParticipantView view) {
        documents.collect(loaded -> {
            var known = loaded.get(participantId);
            if (known == null || known.view == null) {
                loaded.put(participantId, new Document((ObjectNode) json.valueToTree(view), sequence, true));
            }
        });
    }

    /** Changes the participant's document for an event, unless the view has applied that event already. */
    void change(UUID participantId, long sequence, Consumer<ObjectNode> change) {
        documents.collect(loaded -> {
            var document = loaded.computeIfAbsent(participantId, this::load);
            if (document.view != null && document.sequence < sequence) {
                change.accept(document.view);
                document.sequence = sequence;
                document.changed = true;
            }
        });
    }

    private Document load(UUID participantId) {
        return jdbc.sql("SELECT view::text, last_sequence FROM participant_view WHERE participant_id = :id FOR UPDATE")
                .param("id", participantId)
                .query((row, number) -> new Document((ObjectNode) json.readTree(row.getString(1)), row.getLong(2),
                        false))
                .optional()
                .orElseGet(() -> new Document(null, -1, false));
    }

    private void write(Map<UUID, Document> loaded) {
        var rows = loaded.entrySet().stream()
                .filter(entry -> entry.getValue().changed)
                .map(entry -> {
                    var document = entry.getValue();
                    return new MapSqlParameterSource()
                            .addValue("id", entry.getKey())
                            .addValue("coach", document.view.get("coach").asString())
                            .addValue("sequence", document.sequence)
                            .addValue("view", json.writeValueAsString(document.view));
                })
                .toArray(SqlParameterSource[]::new);
        if (rows.length > 0) {
            batch.batchUpdate("""
                    INSERT INTO participant_view (participant_id, coach, last_sequence, view)
                    VALUES (:id, :coach, :sequence, CAST(:view AS jsonb))
                    ON CONFLICT (participant_id) DO UPDATE
                    SET coach = EXCLUDED.coach, last_sequence = EXCLUDED.last_sequence, view = EXCLUDED.view
                    WHERE participant_view.last_sequence < EXCLUDED.last_sequence""", rows);
        }
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM participant_view").update();
    }
}
