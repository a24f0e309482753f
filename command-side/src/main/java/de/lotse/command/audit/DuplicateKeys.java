package de.lotse.command.audit;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.jspecify.annotations.Nullable;

/**
 * Tells Axon which failed append means that another writer was first: PostgreSQL's unique
 * violation (SQLState {@code 23505}), wherever it sits, since a batched insert reports it as the
 * next exception of the batch's own. Axon's default resolver for JDBC looks for JDBC exception
 * types that the PostgreSQL driver does not throw. Within one JVM Axon's aggregate lock keeps
 * writers of one participant apart, but two command sides append to the same stream at once, and
 * the loser's duplicate sequence number then became a 500 instead of the {@code
 * ConcurrencyException} that the command side answers as a 409 (found by SeveralProcessesTest).
 */
final class DuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (@Nullable Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException failure && isUniqueViolation(failure)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException failure) {
        for (@Nullable SQLException next = failure; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
