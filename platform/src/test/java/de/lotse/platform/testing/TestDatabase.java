package de.lotse.platform.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, and a fresh database in it for each caller, so that tests
 * run on the real SQL dialect without sharing rows. The data sources pool their connections as
 * the application's do: PostgreSQL starts a process for every new connection, and a data source
 * that opened one per statement spent most of a test's time waiting for that.
 */
public final class TestDatabase {

    /** How many connections a fresh database's pool holds at most. */
    public static final int POOL_SIZE = 8;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /**
     * A new, empty database behind a pool of up to {@value #POOL_SIZE} connections; its name is
     * unique within this JVM. A connection idle for ten seconds is closed, so the pools of finished
     * tests hold none for long.
     */
    public static DataSource fresh() {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(freshUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(Duration.ofSeconds(10).toMillis());
        return pool;
    }

    /** The JDBC URL of a fresh database, for tests that boot Spring with a URL. */
    public static synchronized String freshUrl() {
        var name = "test_" + COUNTER.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
