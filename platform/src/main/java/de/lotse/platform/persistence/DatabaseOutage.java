package de.lotse.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by an unreachable database from every other failure, however Spring,
 * Hikari or Axon wrapped it on its way up: a stopped or restarting PostgreSQL shows as a pool
 * that timed out, a refused or broken connection, or a transaction that could not begin. Such a
 * failure passes once the database is back, so it is answered with "try again" (503), not as a
 * fault of the request or of Lotse (500).
 */
public final class DatabaseOutage {

    /** Deeper than any wrapping seen in practice, and a guard against a cause chain with a cycle. */
    private static final int DEEPEST_CAUSE = 16;

    private DatabaseOutage() {}

    public static boolean explains(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                .limit(DEEPEST_CAUSE)
                .anyMatch(DatabaseOutage::isOutage);
    }

    private static boolean isOutage(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLException sql && isLostConnection(sql.getSQLState());
    }

    /**
     * SQL state class 08 is a connection failure; 57P01 to 57P03 mean the server is shutting down,
     * crashed, or is still starting up (PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now).
     */
    private static boolean isLostConnection(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }
}
