package de.lotse.query.operations;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one connection a rebuild writes through. Its search path is the rebuild schema alone, so
 * the read model's projection, unchanged, writes into the rebuild copies of its tables, and a
 * table the read model forgot to declare fails the rebuild instead of touching live rows. Its
 * commits need not wait for the disk: nothing depends on these rows before the switch, and a
 * crash only means rebuilding again.
 */
final class RebuildSession implements AutoCloseable {

    private final Connection connection;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    private RebuildSession(Connection connection) {
        this.connection = connection;
        var single = new SingleConnectionDataSource(connection, true);
        this.jdbc = new NamedParameterJdbcTemplate(single);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(single));
    }

    static RebuildSession open(DataSource dataSource) throws SQLException {
        var connection = dataSource.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + RebuildTables.REBUILD);
            statement.execute("SET synchronous_commit TO off");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new RebuildSession(connection);
    }

    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    /**
     * Gives the connection back to the pool as it was taken; one that cannot be reset is aborted
     * instead, so that the pool drops it rather than lend it out with the rebuild schema's path.
     */
    @Override
    public void close() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("RESET search_path");
            statement.execute("RESET synchronous_commit");
        } catch (SQLException e) {
            connection.abort(Runnable::run);
            throw e;
        } finally {
            connection.close();
        }
    }
}
