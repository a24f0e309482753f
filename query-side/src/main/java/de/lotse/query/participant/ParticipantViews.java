package de.lotse.query.participant;

import de.lotse.api.participant.ParticipantView;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.query.system.SequencedRows;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
 * While a unit of work applies a batch, each document is read at most once and written together
 * with the others ({@link SequencedRows}).
 * Public only for {@link #coachOf}, which the audit trail checks before it shows a stream, and
 * {@link #people}, by which housing names the participants offered a unit.
 */
@Component
public class ParticipantViews {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;
    private final SequencedRows<ObjectNode> documents = new SequencedRows<>(this::load, this::write);

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

    /** Adds the participant's first document, unless the view has one already. */
    void insert(UUID participantId, long sequence, ParticipantView view) {
        documents.insert(participantId, sequence, () -> (ObjectNode) json.valueToTree(view));
    }

    /** Changes the participant's document for an event, unless the view has applied that event already. */
    void change(UUID participantId, long sequence, Consumer<ObjectNode> change) {
        documents.change(participantId, sequence, document -> {
            change.accept(document);
            return document;
        });
    }

    private Optional<SequencedRows.Stored<ObjectNode>> load(UUID participantId) {
        return jdbc.sql("SELECT view::text, last_sequence FROM participant_view WHERE participant_id = :id FOR UPDATE")
                .param("id", participantId)
                .query((row, number) ->
                        new SequencedRows.Stored<>((ObjectNode) json.readTree(row.getString(1)), row.getLong(2)))
                .optional();
    }

    private void write(List<SequencedRows.Changed<ObjectNode>> changed) {
        var rows = changed.stream()
                .map(document -> new MapSqlParameterSource()
                        .addValue("id", document.participantId())
                        .addValue("coach", document.row().get("coach").asString())
                        .addValue("sequence", document.sequence())
                        .addValue("view", json.writeValueAsString(document.row())))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO participant_view (participant_id, coach, last_sequence, view)
                VALUES (:id, :coach, :sequence, CAST(:view AS jsonb))
                ON CONFLICT (participant_id) DO UPDATE
                SET coach = EXCLUDED.coach, last_sequence = EXCLUDED.last_sequence, view = EXCLUDED.view
                WHERE participant_view.last_sequence < EXCLUDED.last_sequence""", rows);
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM participant_view").update();
    }

    /** A participant as another feature names them: whose caseload they are in and the name they are shown under. */
    public record Person(String coach, String displayName) {}

    /**
     * The participants among {@code participantIds} the view knows, by id, with "first last" as
     * their name, or {@code [erased]} after erasure.
     */
    public Map<UUID, Person> people(Collection<UUID> participantIds) {
        var people = new HashMap<UUID, Person>();
        if (participantIds.isEmpty()) {
            return people;
        }
        jdbc.sql("""
                SELECT participant_id, coach,
                       CASE WHEN (view ->> 'erased')::boolean THEN :erased
                            ELSE concat_ws(' ', view ->> 'firstName', view ->> 'lastName') END AS display_name
                FROM participant_view WHERE participant_id IN (:ids)""")
                .param("erased", PersonalDataCipher.ERASED)
                .param("ids", Set.copyOf(participantIds))
                .query(row -> {
                    people.put(
                            row.getObject("participant_id", UUID.class),
                            new Person(row.getString("coach"), row.getString("display_name")));
                });
        return people;
    }
}
