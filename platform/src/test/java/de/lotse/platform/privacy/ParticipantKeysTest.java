package de.lotse.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ParticipantKeysTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private DataSource dataSource;
    private ParticipantKeys keys;
    private TransactionTemplate transactions;

    @BeforeEach
    void keys() {
        dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        keys = new ParticipantKeys(JdbcClient.create(dataSource), new PrivacyProperties(MASTER_KEY));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void forgetsAKeyThatAConcurrentReadCachedBeforeTheErasureCommitted() throws Exception {
        var participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> keys.keyFor(participant));

        var reader = Executors.newSingleThreadExecutor();
        try {
            transactions.executeWithoutResult(status -> {
                assertThat(keys.destroy(participant)).isTrue();
                // Outside this transaction the key row is still there until it commits, and a read caches it.
                var cachedMeanwhile = submitAndWait(
                        reader, () -> keys.existingKey(participant).isPresent());
                assertThat(cachedMeanwhile).isTrue();
            });
        } finally {
            reader.shutdown();
        }

        assertThat(keys.existingKey(participant)).isEmpty();
    }

    @Test
    void keepsTheKeyWhenTheErasureRollsBack() {
        var participant = UUID.randomUUID();
        var key = transactions.execute(status -> keys.keyFor(participant));

        transactions.executeWithoutResult(status -> {
            keys.destroy(participant);
            status.setRollbackOnly();
        });

        assertThat(keys.existingKey(participant)).contains(key);
    }

    @Test
    void holdsAnErasureBackWhileATransactionSealsWithTheKey() throws Exception {
        var participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> keys.keyFor(participant));

        var eraser = Executors.newSingleThreadExecutor();
        try {
            transactions.executeWithoutResult(status -> {
                assertThat(keys.lockedKey(participant)).isPresent();
                var erasedMeanwhile = submitAndWait(
                        eraser,
                        () -> transactions.execute(erasing -> {
                            JdbcClient.create(dataSource)
                                    .sql("SET LOCAL lock_timeout = '300ms'")
                                    .update();
                            try {
                                return keys.destroy(participant);
                            } catch (DataAccessException waitedTooLong) {
                                erasing.setRollbackOnly();
                                return false;
                            }
                        }));
                assertThat(erasedMeanwhile).isFalse();
            });
        } finally {
            eraser.shutdown();
        }

        Boolean erasedAfterwards = transactions.execute(status -> keys.destroy(participant));
        assertThat(erasedAfterwards).isTrue();
        assertThat(keys.lockedKey(participant)).isEmpty();
    }

    private static <T> T submitAndWait(ExecutorService executor, Callable<T> task) {
        try {
            return executor.submit(task).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
