package de.lotse.query.audit;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hash-chain links the command side writes beside each stored event ({@code event_chain}),
 * read so that the history shows each event's hash. It is the event store's companion table,
 * read like the store itself, not another projection's table.
 */
@Component
class EventChainLinks {

    private final JdbcClient jdbc;

    EventChainLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hash of each stored event of the participant, by sequence number. */
    Map<Long, String> of(String participantId) {
        var links = new HashMap<Long, String>();
        jdbc.sql("SELECT sequence_number, hash FROM event_chain WHERE aggregate_identifier = :id")
                .param("id", participantId)
                .query(row -> {
                    links.put(row.getLong("sequence_number"), row.getString("hash"));
                });
        return links;
    }
}
