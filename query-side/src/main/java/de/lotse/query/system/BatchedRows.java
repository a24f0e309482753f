package de.lotse.query.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Rows a projection inserts, sent as one JDBC batch per statement just before the unit of work
 * commits (see {@link WriteBehind}). The statements of a batch are grouped, so they run in another
 * order than the events came in: only for rows that are written once and never changed after, by
 * an insert that ignores a row it has already (a redelivered event).
 */
public final class BatchedRows {

    private final NamedParameterJdbcOperations jdbc;
    private final WriteBehind<Map<String, List<SqlParameterSource>>> pending =
            new WriteBehind<>(LinkedHashMap::new, this::write);

    public BatchedRows(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row with the statement, before the current unit of work commits. */
    public void insert(String sql, SqlParameterSource row) {
        pending.collect(
                rows -> rows.computeIfAbsent(sql, ignored -> new ArrayList<>()).add(row));
    }

    private void write(Map<String, List<SqlParameterSource>> rows) {
        rows.forEach((sql, batch) -> jdbc.batchUpdate(sql, batch.toArray(SqlParameterSource[]::new)));
    }
}
