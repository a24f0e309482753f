package de.lotse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void explainsAPoolThatFoundNoConnection() {
        assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
    }

    @Test
    void explainsATransactionThatCouldNotBegin() {
        var failure = new CannotCreateTransactionException(
                "Could not open JDBC Connection", new SQLTransientConnectionException("timed out"));

        assertThat(DatabaseOutage.explains(failure)).isTrue();
    }

    @Test
    void explainsAConnectionLostUnderAxonsWrapping() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var failure = new CommandExecutionException("failed", new EventStoreException("not persisted", lost));

        assertThat(DatabaseOutage.explains(failure)).isTrue();
    }

    @Test
    void explainsAServerThatIsShuttingDownOrStarting() {
        assertThat(DatabaseOutage.explains(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void doesNotExplainAFaultOfTheStatementOrTheData() {
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("bug"))).isFalse();
    }
}
