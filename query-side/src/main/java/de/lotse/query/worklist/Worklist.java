package de.lotse.query.worklist;

import de.lotse.api.worklist.WorklistItem;
import de.lotse.api.worklist.WorklistKind;
import de.lotse.api.worklist.WorklistPage;
import de.lotse.query.system.SequencedRows;
import de.lotse.query.system.WriteBehind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The worklist's two tables: {@code worklist_case}, one row per participant guarded by
 * {@code last_sequence} like the caseload's, and {@code worklist_item}, one row per open item. A
 * unit of work collects the items' last state per key and writes them together before it commits,
 * so an item opened and settled within one batch is never written at all.
 */
@Component
class Worklist {

    /** The filters of one worklist request; a null filter does not restrict. */
    record Filter(
            LocalDate today,
            @Nullable String coach,
            @Nullable WorklistKind kind) {}

    /** The items a unit of work changed, in their last state (empty when settled), and the participants it erased. */
    private static final class Changes {

        final Set<UUID> cleared = new LinkedHashSet<>();
        final Map<WorklistItemRow.Key, Optional<WorklistItemRow>> items = new LinkedHashMap<>();
    }

    private static final String ITEMS_SHOWN = """
            FROM worklist_item i JOIN worklist_case c ON c.participant_id = i.participant_id
            WHERE i.shown_from <= :today AND NOT c.erased""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final SequencedRows<WorklistCase> cases = new SequencedRows<>(this::load, this::write);
    private final WriteBehind<Changes> changes = new WriteBehind<>(Changes::new, this::write);

    Worklist(NamedParameterJdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

    void enrol(UUID id, long sequence, Supplier<WorklistCase> enrolled) {
        cases.insertOnce(id, sequence, enrolled);
    }

    void change(UUID id, long sequence, UnaryOperator<WorklistCase> change) {
        cases.change(id, sequence, change);
    }

    void open(WorklistItemRow item) {
        changes.collect(collected -> collected.items.put(item.identity(), Optional.of(item)));
    }

    void settle(UUID id, WorklistKind kind, String key) {
        changes.collect(collected -> collected.items.put(new WorklistItemRow.Key(id, kind, key), Optional.empty()));
    }

    /**
     * The participant's open items of the kind: those stored, as the current unit of work has
     * changed them so far (a batch may open an item and look for it again before it is written).
     */
    List<WorklistItemRow> openItems(UUID id, WorklistKind kind) {
        var found = new LinkedHashMap<WorklistItemRow.Key, WorklistItemRow>();
        jdbc.sql("""
                SELECT item_key, due_on, shown_from, detail FROM worklist_item
                WHERE participant_id = :id AND kind = :kind""")
                .param("id", id)
                .param("kind", kind.name())
                .query((row, number) -> new WorklistItemRow(
                        id,
                        kind,
                        row.getString("item_key"),
                        row.getObject("due_on", LocalDate.class),
                        row.getObject("shown_from", LocalDate.class),
                        row.getString("detail")))
                .list()
                .forEach(item -> found.put(item.identity(), item));
        changes.collect(collected -> {
            if (collected.cleared.contains(id)) {
                found.clear();
            }
            collected.items.forEach((key, item) -> {
                if (key.participantId().equals(id) && key.kind() == kind) {
                    item.ifPresentOrElse(open -> found.put(key, open), () -> found.remove(key));
                }
            });
        });
        return List.copyOf(found.values());
    }

    /** Removes every item of the participant. */
    void clear(UUID id) {
        changes.collect(collected -> {
            collected.items.keySet().removeIf(key -> key.participantId().equals(id));
            collected.cleared.add(id);
        });
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM worklist_item").update();
        jdbc.sql("DELETE FROM worklist_case").update();
    }

    WorklistPage page(Filter filter, int page, int size) {
        var params = new HashMap<String, Object>();
        var shown = shownTo(filter, params);
        var ofKind = filter.kind() == null ? shown : shown + " AND i.kind = :kind";
        if (filter.kind() != null) {
            params.put("kind", filter.kind().name());
        }
        var items = jdbc.sql("""
                SELECT i.participant_id, c.display_name, c.coach, i.kind, i.due_on, i.detail
                %s
                ORDER BY i.due_on, c.display_name, i.participant_id, i.kind, i.item_key
                LIMIT :limit OFFSET :offset""".formatted(ofKind))
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, number) -> new WorklistItem(
                        row.getString("participant_id"),
                        row.getString("display_name"),
                        row.getString("coach"),
                        WorklistKind.valueOf(row.getString("kind")),
                        row.getObject("due_on", LocalDate.class),
                        row.getString("detail")))
                .list();
        var counts = new EnumMap<WorklistKind, Long>(WorklistKind.class);
        jdbc.sql("SELECT i.kind, count(*) AS items " + shown + " GROUP BY i.kind")
                .params(params)
                .query((row, number) -> counts.put(WorklistKind.valueOf(row.getString("kind")), row.getLong("items")))
                .list();
        var total = filter.kind() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.kind(), 0L);
        return new WorklistPage(items, total, counts);
    }

    private static String shownTo(Filter filter, Map<String, Object> params) {
        params.put("today", filter.today());
        if (filter.coach() == null) {
            return ITEMS_SHOWN;
        }
        params.put("coach", filter.coach());
        return ITEMS_SHOWN + " AND c.coach = :coach";
    }

    private Optional<SequencedRows.Stored<WorklistCase>> load(UUID id) {
        return jdbc.sql("""
                SELECT first_name, last_name, coach, active, erased, last_sequence
                FROM worklist_case WHERE participant_id = :id FOR UPDATE""")
                .param("id", id)
                .query((row, number) -> new SequencedRows.Stored<>(
                        new WorklistCase(
                                row.getString("first_name"),
                                row.getString("last_name"),
                                row.getString("coach"),
                                row.getBoolean("active"),
                                row.getBoolean("erased")),
                        row.getLong("last_sequence")))
                .optional();
    }

    private void write(List<SequencedRows.Changed<WorklistCase>> changed) {
        var rows = changed.stream()
                .map(change -> {
                    var row = change.row();
                    return new MapSqlParameterSource()
                            .addValue("id", change.participantId())
                            .addValue("firstName", row.firstName())
                            .addValue("lastName", row.lastName())
                            .addValue("displayName", row.displayName())
                            .addValue("coach", row.coach())
                            .addValue("active", row.active())
                            .addValue("erased", row.erased())
                            .addValue("sequence", change.sequence());
                })
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO worklist_case
                    (participant_id, first_name, last_name, display_name, coach, active, erased, last_sequence)
                VALUES (:id, :firstName, :lastName, :displayName, :coach, :active, :erased, :sequence)
                ON CONFLICT (participant_id) DO UPDATE
                SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                    display_name = EXCLUDED.display_name, coach = EXCLUDED.coach, active = EXCLUDED.active,
                    erased = EXCLUDED.erased, last_sequence = EXCLUDED.last_sequence
                WHERE worklist_case.last_sequence < EXCLUDED.last_sequence""", rows);
    }

    private void write(Changes collected) {
        if (!collected.cleared.isEmpty()) {
            jdbc.sql("DELETE FROM worklist_item WHERE participant_id = ANY(:ids)")
                    .param("ids", collected.cleared.toArray(UUID[]::new))
                    .update();
        }
        var settled = collected.items.entrySet().stream()
                .filter(entry -> entry.getValue().isEmpty())
                .map(entry -> entry.getKey().parameters())
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                DELETE FROM worklist_item
                WHERE participant_id = :participantId AND kind = :kind AND item_key = :key""", settled);
        var opened = collected.items.values().stream()
                .flatMap(Optional::stream)
                .map(WorklistItemRow::parameters)
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO worklist_item (participant_id, kind, item_key, due_on, shown_from, detail)
                VALUES (:participantId, :kind, :key, :dueOn, :shownFrom, :detail)
                ON CONFLICT (participant_id, kind, item_key) DO UPDATE
                SET due_on = EXCLUDED.due_on, shown_from = EXCLUDED.shown_from, detail = EXCLUDED.detail""", opened);
    }
}
