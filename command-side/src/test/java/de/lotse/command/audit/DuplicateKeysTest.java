package de.lotse.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    private final DuplicateKeys duplicateKeys = new DuplicateKeys();

    @Test
    void recognisesAUniqueViolationReportedAsTheNextExceptionOfABatch() {
        var batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry was aborted", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(duplicateKeys.isDuplicateKeyViolation(new EventStoreException("append failed", batch)))
                .isTrue();
    }

    @Test
    void recognisesAUniqueViolationAsACause() {
        var violation = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException(violation)))
                .isTrue();
    }

    @Test
    void leavesEveryOtherFailureAlone() {
        var notNull = new SQLException("null value in column violates not-null constraint", "23502");
        var connectionLost = new SQLException("connection lost", "08006");

        assertThat(duplicateKeys.isDuplicateKeyViolation(notNull)).isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException(connectionLost)))
                .isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
    }
}
