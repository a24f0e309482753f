package de.lotse.command.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Extends the participants' hash chains by the events just appended. It reads the rows back as
 * stored, so the hash covers exactly what is in the table (ciphertext of personal data included,
 * which is why an erasure leaves the chain valid), and it runs on the appending transaction's
 * connection, so an event and its link commit or roll back together. The {@link ChainKeeper} links
 * the events it reads from Axon Server the same way. A link is written once: a second one for the
 * same place keeps the first, so a redelivered event changes nothing and a rewritten one cannot
 * replace its link.
 */
class EventChain {

    private final JdbcClient jdbc;

    EventChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void extendBy(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        link(jdbc.sql("SELECT " + StoredEvent.COLUMNS + """
                 FROM domainevententry
                WHERE eventidentifier IN (:ids) AND type IS NOT NULL
                ORDER BY aggregateidentifier, sequencenumber
                """)
                .param("ids", eventIdentifiers)
                .query((row, n) -> StoredEvent.read(row))
                .list());
    }

    /** Links the events, each participant's in sequence order, each after its participant's last link. */
    void link(List<StoredEvent> stored) {
        var links = new ArrayList<Object[]>();
        var lastHash = new HashMap<String, String>();
        for (var event : stored) {
            var previous = lastHash.computeIfAbsent(
                    event.aggregateIdentifier(), id -> previousHash(id, event.sequenceNumber()));
            var hash = event.chainedTo(previous);
            lastHash.put(event.aggregateIdentifier(), hash);
            links.add(new Object[] {event.aggregateIdentifier(), event.sequenceNumber(), hash});
        }
        links.forEach(link -> jdbc.sql("""
                INSERT INTO event_chain (aggregate_identifier, sequence_number, hash) VALUES (?, ?, ?)
                ON CONFLICT (aggregate_identifier, sequence_number) DO NOTHING
                """).params(link).update());
    }

    private String previousHash(String aggregateIdentifier, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return StoredEvent.GENESIS;
        }
        return jdbc.sql("""
                SELECT hash FROM event_chain WHERE aggregate_identifier = :id AND sequence_number = :sequence
                """)
                .param("id", aggregateIdentifier)
                .param("sequence", sequenceNumber - 1)
                .query(String.class)
                .optional()
                // A missing link stays visible: the new link cannot match, so verification flags it.
                .orElse(StoredEvent.GENESIS);
    }
}
