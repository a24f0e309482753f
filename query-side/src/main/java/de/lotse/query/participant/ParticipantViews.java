package de.lotse.query.participant;

import de.lotse.api.participant.ParticipantView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code participant_view} table: each participant's {@link ParticipantView} as one JSON
 * document, beside the coach it belongs to and the sequence number of the last event applied.
 * Public only for {@link #coachOf}, which the audit trail checks before it shows a stream.
 */
@Component
public class ParticipantViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ParticipantViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
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

    void insert(UUID participantId, long sequence, ParticipantView view) {
        jdbc.sql("""
                INSERT INTO participant_view (participant_id, coach, last_sequence, view)
                VALUES (:id, :coach, :sequence, CAST(:view AS jsonb))
                ON CONFLICT (participant_id) DO NOTHING""")
                .param("id", participantId).param("coach", view.coach()).param("sequence", sequence)
                .param("view", json.writeValueAsString(view))
                .update();
    }

    /** The document to change for an event, unless the view has applied that event already. */
    Optional<ObjectNode> findOlderThan(UUID participantId, long sequence) {
        return jdbc.sql("""
                SELECT view::text FROM participant_view
                WHERE participant_id = :id AND last_sequence < :sequence
                FOR UPDATE""")
                .param("id", participantId).param("sequence", sequence)
                .query(String.class)
                .optional()
                .map(view -> (ObjectNode) json.readTree(view));
    }

    void update(UUID participantId, long sequence, ObjectNode view) {
        jdbc.sql("""
                UPDATE participant_view
                SET view = CAST(:view AS jsonb), coach = :coach, last_sequence = :sequence
                WHERE participant_id = :id AND last_sequence < :sequence""")
                .param("id", participantId).param("sequence", sequence)
                .param("coach", view.get("coach").asString())
                .param("view", json.writeValueAsString(view))
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM participant_view").update();
    }
}
