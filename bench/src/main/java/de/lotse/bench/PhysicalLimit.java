package de.lotse.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical limit on the run's PostgreSQL, as {@code pgbench} measures it with a one-insert
 * script: each client on its own connection inserts one row per transaction, back to back. Lotse
 * cannot store a command faster than its database commits a transaction, so its figures are given
 * as a share of this one, measured in the same run on the same database.
 */
final class PhysicalLimit {

    private PhysicalLimit() {}

    static Load.Measured measure(String url, int clients, Duration warmUp, Duration measured) throws Exception {
        try (var setup = DriverManager.getConnection(url, "postgres", "");
                var statement = setup.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS bench_history (
                        client integer NOT NULL, n bigint NOT NULL, delta integer NOT NULL,
                        mtime timestamptz NOT NULL DEFAULT now())""");
        }
        List<Connection> connections = new ArrayList<>();
        try {
            for (var i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(url, "postgres", ""));
            }
            return Load.run(
                    "physical limit: one-row insert per transaction (JDBC)", clients, warmUp, measured, client -> {
                        var connection = connections.get(client);
                        var counter = new long[1];
                        return () -> {
                            try (var insert = connection.prepareStatement(
                                    "INSERT INTO bench_history (client, n, delta) VALUES (?, ?, ?)")) {
                                insert.setInt(1, client);
                                insert.setLong(2, counter[0]++);
                                insert.setInt(3, (int) (counter[0] % 5000));
                                return insert.executeUpdate() == 1;
                            }
                        };
                    });
        } finally {
            for (var connection : connections) {
                close(connection);
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the run is over; a connection that cannot close goes with the database
        }
    }
}
