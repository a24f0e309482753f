package de.lotse.query.caseload;

import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import de.lotse.platform.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The {@code caseload} table. Every change is guarded by {@code last_sequence}, so an event the row
 * has already seen changes nothing. Whether a follow-up is due is a column the events set and
 * clear, so the filter and the flag in the answer read the same value.
 */
@Component
class Caseload {

    /** An update touches the row only if the row has not yet seen the event. */
    private static final String NEWER = "WHERE participant_id = :id AND last_sequence < :sequence";

    private static final String STAGE_ORDER = Arrays.stream(Stage.values())
            .map(stage -> "'" + stage.name() + "'")
            .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));

    /** The filters of one caseload request; a null filter does not restrict. */
    record Filter(@Nullable String coach, @Nullable ParticipantStatus status, @Nullable Boolean followUpDue,
            @Nullable String q) {
    }

    private final JdbcClient jdbc;

    Caseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enrol(UUID id, String firstName, String lastName, String coach, LocalDate entryDate, long sequence) {
        jdbc.sql("""
                INSERT INTO caseload (participant_id, first_name, last_name, display_name, coach, status,
                                      entry_date, last_sequence)
                VALUES (:id, :firstName, :lastName, :firstName || ' ' || :lastName, :coach, 'ACTIVE',
                        :entryDate, :sequence)
                ON CONFLICT (participant_id) DO NOTHING""")
                .param("id", id).param("firstName", firstName).param("lastName", lastName)
                .param("coach", coach).param("entryDate", entryDate).param("sequence", sequence)
                .update();
    }

    void correctFirstName(UUID id, String firstName, long sequence) {
        change(id, sequence, "first_name = :value, display_name = :value || ' ' || last_name", firstName);
    }

    void correctLastName(UUID id, String lastName, long sequence) {
        change(id, sequence, "last_name = :value, display_name = first_name || ' ' || :value", lastName);
    }

    void correctEntryDate(UUID id, LocalDate entryDate, long sequence) {
        change(id, sequence, "entry_date = :value", entryDate);
    }

    /** Erasure leaves no plaintext name in the row, not even for the search. */
    void erase(UUID id, long sequence) {
        change(id, sequence, "first_name = :value, last_name = :value, display_name = :value",
                PersonalDataCipher.ERASED);
    }

    void reassign(UUID id, String coach, long sequence) {
        change(id, sequence, "coach = :value", coach);
    }

    void startStage(UUID id, Stage stage, long sequence) {
        change(id, sequence, """
                active_stages = ARRAY(
                    SELECT s FROM unnest(array_append(array_remove(active_stages, CAST(:value AS text)),
                                                      CAST(:value AS text))) AS s
                    ORDER BY array_position(%s, s))""".formatted(STAGE_ORDER), stage.name());
    }

    void endStage(UUID id, Stage stage, long sequence) {
        change(id, sequence, "active_stages = array_remove(active_stages, CAST(:value AS text))", stage.name());
    }

    void exit(UUID id, LocalDate exitDate, long sequence) {
        change(id, sequence, "status = 'EXITED', exit_date = :value, active_stages = '{}'", exitDate);
    }

    void markFollowUpDue(UUID id, long sequence) {
        change(id, sequence, "follow_up_due = :value", true);
    }

    void recordFollowUp(UUID id, long sequence) {
        change(id, sequence, "follow_up_recorded = :value, follow_up_due = false", true);
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM caseload").update();
    }

    CaseloadPage page(Filter filter, int page, int size) {
        var params = new HashMap<String, Object>();
        var where = where(filter, params);
        var items = jdbc.sql("""
                SELECT participant_id, display_name, coach, status, entry_date, exit_date, active_stages,
                       follow_up_due
                FROM caseload
                %s
                ORDER BY entry_date DESC, display_name, participant_id
                LIMIT :limit OFFSET :offset""".formatted(where))
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Caseload::entry)
                .list();
        var total = jdbc.sql("SELECT count(*) FROM caseload " + where).params(params).query(Long.class).single();
        return new CaseloadPage(items, total);
    }

    private void change(UUID id, long sequence, String assignments, Object value) {
        jdbc.sql("UPDATE caseload SET " + assignments + ", last_sequence = :sequence " + NEWER)
                .param("id", id).param("sequence", sequence).param("value", value)
                .update();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        var conditions = new ArrayList<String>();
        if (filter.coach() != null) {
            conditions.add("coach = :coach");
            params.put("coach", filter.coach());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.followUpDue() != null) {
            conditions.add("follow_up_due = :followUpDue");
            params.put("followUpDue", filter.followUpDue());
        }
        if (filter.q() != null) {
            conditions.add("strpos(lower(display_name), lower(:q)) > 0");
            params.put("q", filter.q());
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private static CaseloadEntry entry(ResultSet row, int rowNumber) throws SQLException {
        var stages = (String[]) row.getArray("active_stages").getArray();
        return new CaseloadEntry(
                row.getString("participant_id"),
                row.getString("display_name"),
                row.getString("coach"),
                ParticipantStatus.valueOf(row.getString("status")),
                row.getObject("entry_date", LocalDate.class),
                row.getObject("exit_date", LocalDate.class),
                Arrays.stream(stages).map(Stage::valueOf).toList(),
                row.getBoolean("follow_up_due"));
    }
}
