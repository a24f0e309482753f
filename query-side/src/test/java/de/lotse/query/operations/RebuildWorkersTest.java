package de.lotse.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuild's sessions go back to the pool as they were taken, even when a worker fails while
 * another is still applying its share: a connection whose search path still named the rebuild
 * schema would hide the live tables from whoever takes it next.
 */
class RebuildWorkersTest {

    private final DataSource dataSource = TestDatabase.fresh();
    private final CountDownLatch failed = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    RebuildWorkersTest() {
        SideMigrations.migrate(dataSource, "query");
    }

    /**
     * A projection that fails at once on the participant the first worker rebuilds, and on the
     * second worker's participant waits, deaf to interrupts, until the test releases it, then fails
     * too, so that its transaction rolls back.
     */
    class FailingProjection {

        @EventHandler
        void on(String event) {
            if (event.equals("fails at once")) {
                failed.countDown();
                throw new IllegalStateException("the first worker fails");
            }
            var interrupted = false;
            while (true) {
                try {
                    released.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the second worker fails after the close began");
        }
    }

    @Test
    void givesEverySessionBackWithTheLiveSearchPathWhenAWorkerFailsWhileAnotherStillApplies() throws Exception {
        var readModel = new ReadModel("caseload", List.of("caseload"), jdbc -> new FailingProjection());
        var workers = RebuildWorkers.open(readModel, dataSource, 2);
        // "b" and "a" hash to the first and second of two workers
        var events = List.of(event("b", "fails at once"), event("a", "waits, then fails"));

        assertThatThrownBy(() -> workers.apply(events)).isInstanceOf(ExecutionException.class);
        assertThat(failed.getCount()).isZero();
        var release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            released.countDown();
        });
        release.start();
        workers.close();
        release.join();

        assertThat(searchPathsOfThePool())
                .containsOnly(JdbcClient.create(dataSource)
                        .sql("SELECT reset_val FROM pg_settings WHERE name = 'search_path'")
                        .query(String.class)
                        .single());
    }

    /** The search path of every connection the pool holds, taken all at once so none is left out. */
    private List<String> searchPathsOfThePool() throws SQLException {
        var connections = new ArrayList<Connection>();
        var paths = new ArrayList<String>();
        try {
            for (var i = 0; i < TestDatabase.POOL_SIZE; i++) {
                var connection = dataSource.getConnection();
                connections.add(connection);
                try (var statement = connection.createStatement();
                        var result = statement.executeQuery("SHOW search_path")) {
                    result.next();
                    paths.add(result.getString(1));
                }
            }
        } finally {
            for (var connection : connections) {
                connection.close();
            }
        }
        return paths;
    }

    private static GenericDomainEventMessage<String> event(String participant, String payload) {
        return new GenericDomainEventMessage<>("Participant", participant, 0, payload);
    }
}
