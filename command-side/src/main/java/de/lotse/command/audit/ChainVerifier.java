package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every participant's hash chain from the stored rows and compares it link by link:
 * a changed row no longer hashes to its link, a deleted row leaves its link without an event or a
 * gap in the sequence, swapped rows break both places. Each break names participant and sequence.
 * Rows are streamed in one read-only transaction, so a large store is checked in bounded memory.
 */
class ChainVerifier implements ChainCheck {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);
    private static final String STREAM = """
            SELECT coalesce(e.aggregateidentifier, c.aggregate_identifier) AS chain_id,
                   coalesce(e.sequencenumber, c.sequence_number) AS chain_sequence,
                   c.hash AS stored_hash, e.eventidentifier IS NOT NULL AS has_event,
                   e.aggregateidentifier, e.sequencenumber, e.eventidentifier, e.type, e.payloadtype,
                   e.payloadrevision, e.timestamp, e.payload, e.metadata
              FROM (SELECT * FROM domainevententry WHERE type IS NOT NULL) e
              FULL OUTER JOIN event_chain c
                ON c.aggregate_identifier = e.aggregateidentifier AND c.sequence_number = e.sequencenumber
             ORDER BY chain_id, chain_sequence
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ChainVerifier(JdbcTemplate jdbc, TransactionTemplate readOnly) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
    }

    @Override
    public ChainVerdict verify() {
        var walk = new ChainWalk();
        readOnly.executeWithoutResult(status -> jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(STREAM);
                    statement.setFetchSize(1000);
                    return statement;
                },
                row -> {
                    var event = row.getBoolean("has_event") ? StoredEvent.read(row) : null;
                    walk.next(
                            row.getString("chain_id"),
                            row.getLong("chain_sequence"),
                            row.getString("stored_hash"),
                            event);
                }));
        var verdict = walk.verdict();
        log.info(
                "Hash chains verified: {} participants, {} events, {} breaks",
                verdict.participantsChecked(),
                verdict.eventsChecked(),
                verdict.broken().size());
        return verdict;
    }
}
