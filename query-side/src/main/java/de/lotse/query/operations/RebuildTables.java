package de.lotse.query.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL around a rebuild's tables: empty copies of the live tables in the schema
 * {@code rebuild}, and the switch that puts them in place of the live ones. The copies get the
 * live tables' index names, so that later migrations find the indexes they name. Both schemas
 * come from a migration (V68), not from each rebuild, since rebuilds of two read models run at once.
 */
final class RebuildTables {

    static final String REBUILD = "rebuild";
    static final String RETIRED = "retired";

    /** An index's definition without its name and table, to find the copy of a live index. */
    private static final String SHAPE = "regexp_replace(indexdef, ' INDEX \\S+ ON \\S+ ', ' INDEX ON ')";

    private record Index(String name, String shape) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RebuildTables(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Empty copies of the live tables, with every column default, constraint and index, and the
     * live table's storage parameters (a migration's autovacuum settings), which {@code LIKE} does
     * not copy.
     */
    void prepare(List<String> tables) {
        var live = liveSchema();
        for (var table : tables) {
            jdbc.sql("DROP TABLE IF EXISTS %s.%s".formatted(REBUILD, table)).update();
            jdbc.sql("CREATE TABLE %s.%s (LIKE %s.%s INCLUDING ALL)".formatted(REBUILD, table, live, table))
                    .update();
            nameIndexesAsLive(live, table);
            keepStorageParameters(live, table);
        }
    }

    private void keepStorageParameters(String live, String table) {
        // Each parameter is stored as name=value, as ALTER TABLE ... SET takes it.
        jdbc.sql("""
                        SELECT array_to_string(reloptions, ', ') FROM pg_class
                        WHERE oid = CAST(:table AS regclass) AND reloptions IS NOT NULL""")
                .param("table", live + "." + table)
                .query(String.class)
                .optional()
                .ifPresent(parameters -> jdbc.sql("ALTER TABLE %s.%s SET (%s)".formatted(REBUILD, table, parameters))
                        .update());
    }

    /** The events a rebuild still applies once the switch lock is held, just before the switch. */
    @FunctionalInterface
    interface LastEvents {

        void apply() throws InterruptedException, ExecutionException;
    }

    /**
     * In one transaction: takes the read model's {@link SwitchLock}, so that no live processor of
     * any instance applies a batch meanwhile, lets the rebuild apply the last events, moves the
     * live tables aside, the rebuilt ones in, and drops the old ones. Readers wait for the moment
     * the transaction holds the tables, then read the rebuilt rows.
     */
    void swap(ReadModel readModel, LastEvents lastEvents) throws InterruptedException, ExecutionException {
        var live = liveSchema();
        var tables = readModel.tables();
        tables.forEach(
                table -> jdbc.sql("ANALYZE %s.%s".formatted(REBUILD, table)).update());
        try {
            transactions.executeWithoutResult(status -> {
                SwitchLock.takeExclusively(jdbc, readModel.name());
                try {
                    lastEvents.apply();
                } catch (InterruptedException | ExecutionException e) {
                    throw new Abandoned(e);
                }
                for (var table : tables) {
                    jdbc.sql("DROP TABLE IF EXISTS %s.%s".formatted(RETIRED, table))
                            .update();
                    jdbc.sql("ALTER TABLE %s.%s SET SCHEMA %s".formatted(live, table, RETIRED))
                            .update();
                    jdbc.sql("ALTER TABLE %s.%s SET SCHEMA %s".formatted(REBUILD, table, live))
                            .update();
                }
                tables.forEach(table ->
                        jdbc.sql("DROP TABLE %s.%s".formatted(RETIRED, table)).update());
            });
        } catch (Abandoned abandoned) {
            if (abandoned.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw (ExecutionException) abandoned.getCause();
        }
    }

    /** Carries the last events' failure out of the transaction callback, which rolls back on it. */
    private static final class Abandoned extends RuntimeException {

        Abandoned(Exception cause) {
            super(cause);
        }
    }

    /** Drops what a failed rebuild left behind. */
    void discard(List<String> tables) {
        tables.forEach(table ->
                jdbc.sql("DROP TABLE IF EXISTS %s.%s".formatted(REBUILD, table)).update());
    }

    private String liveSchema() {
        return jdbc.sql("SELECT current_schema()").query(String.class).single();
    }

    private void nameIndexesAsLive(String live, String table) {
        var copies = new ArrayList<>(indexes(REBUILD, table));
        for (var original : indexes(live, table)) {
            copies.stream()
                    .filter(copy -> copy.shape().equals(original.shape()))
                    .findFirst()
                    .ifPresent(copy -> {
                        copies.remove(copy);
                        if (!copy.name().equals(original.name())) {
                            jdbc.sql("ALTER INDEX %s.\"%s\" RENAME TO \"%s\""
                                            .formatted(REBUILD, copy.name(), original.name()))
                                    .update();
                        }
                    });
        }
    }

    private List<Index> indexes(String schema, String table) {
        return jdbc.sql("SELECT indexname AS name, " + SHAPE + " AS shape FROM pg_indexes "
                        + "WHERE schemaname = :schema AND tablename = :table ORDER BY indexname")
                .param("schema", schema)
                .param("table", table)
                .query(Index.class)
                .list();
    }
}
