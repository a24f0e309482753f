package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks the chains the {@link ChainKeeper} keeps, against the events as the event stream hands
 * them over now: from the first event up to the last one the keeper has linked (its token), so an
 * event the keeper has not reached yet is neither counted nor a break. The participants' last links
 * are read before the keeper's position, so every link read belongs to an event the walk meets: a
 * link beyond a participant's last event met means that event is gone. Links are looked up a batch
 * of events at a time, and only a participant's last hash is held, so memory grows with the
 * participants, not with the events.
 */
final class KeptChainVerifier implements ChainCheck {

    private static final Logger log = LoggerFactory.getLogger(KeptChainVerifier.class);
    private static final int BATCH = 1_000;
    private static final int WAIT_SECONDS = 10;

    private record Link(String aggregateIdentifier, long sequenceNumber, String hash) {}

    private record LastLink(String aggregateIdentifier, long sequenceNumber) {}

    private record StoredToken(
            byte @Nullable [] token, @Nullable String tokenType) {}

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Serializer eventSerializer;
    private final JdbcClient jdbc;
    private final LongSupplier linkedUpTo;

    /**
     * @param linkedUpTo the global position up to which the keeper has linked every event
     */
    KeptChainVerifier(
            StreamableMessageSource<TrackedEventMessage<?>> events,
            Serializer eventSerializer,
            JdbcClient jdbc,
            LongSupplier linkedUpTo) {
        this.events = events;
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
        this.linkedUpTo = linkedUpTo;
    }

    /** The keeper's position, read from its token in the token table with the serializer that wrote it. */
    static LongSupplier keeperPosition(JdbcClient jdbc, Serializer tokenSerializer) {
        return () -> jdbc
                .sql("SELECT token, tokentype AS token_type FROM tokenentry WHERE processorname = :processor")
                .param("processor", ChainKeeper.PROCESSOR)
                .query(StoredToken.class)
                .list()
                .stream()
                .filter(stored -> stored.token() != null && stored.tokenType() != null)
                .mapToLong(stored -> position(tokenSerializer, stored))
                .min()
                .orElse(0);
    }

    private static long position(Serializer tokenSerializer, StoredToken stored) {
        TrackingToken token = tokenSerializer.deserialize(
                new SimpleSerializedObject<>(stored.token(), byte[].class, stored.tokenType(), null));
        return token == null ? 0 : token.position().orElse(0);
    }

    @Override
    public ChainVerdict verify() {
        var lastLinks = lastLinks();
        var upTo = linkedUpTo.getAsLong();
        var walk = new ChainWalk();
        try (var stream = events.openStream(null)) {
            walkUpTo(upTo, stream, walk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the chain check was interrupted", e);
        }
        lastLinks.forEach((participant, last) -> {
            if (last >= walk.expectedSequence(participant)) {
                walk.linkWithoutEvent(participant, walk.expectedSequence(participant));
            }
        });
        var verdict = walk.verdict();
        log.info(
                "Kept hash chains verified up to position {}: {} participants, {} events, {} breaks",
                upTo,
                verdict.participantsChecked(),
                verdict.eventsChecked(),
                verdict.broken().size());
        return verdict;
    }

    private void walkUpTo(long upTo, BlockingStream<TrackedEventMessage<?>> stream, ChainWalk walk)
            throws InterruptedException {
        var batch = new ArrayList<StoredEvent>(BATCH);
        var position = 0L;
        while (position < upTo && stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
            var event = stream.nextAvailable();
            position = event.trackingToken().position().orElse(position);
            if (position <= upTo && event instanceof DomainEventMessage<?> inStream && inStream.getType() != null) {
                batch.add(StoredEvent.of(inStream, eventSerializer));
                if (batch.size() == BATCH) {
                    compare(batch, walk);
                }
            }
        }
        compare(batch, walk);
    }

    private void compare(List<StoredEvent> batch, ChainWalk walk) {
        if (batch.isEmpty()) {
            return;
        }
        var links = new HashMap<String, String>();
        jdbc.sql("""
                        SELECT c.aggregate_identifier, c.sequence_number, c.hash
                          FROM event_chain c
                          JOIN unnest(CAST(:ids AS text[]), CAST(:sequences AS bigint[])) AS e(id, sequence)
                            ON c.aggregate_identifier = e.id AND c.sequence_number = e.sequence""")
                .param(
                        "ids",
                        batch.stream().map(StoredEvent::aggregateIdentifier).toArray(String[]::new))
                .param(
                        "sequences",
                        batch.stream().map(StoredEvent::sequenceNumber).toArray(Long[]::new))
                .query(Link.class)
                .list()
                .forEach(link -> links.put(place(link.aggregateIdentifier(), link.sequenceNumber()), link.hash()));
        batch.forEach(event -> walk.next(
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                links.get(place(event.aggregateIdentifier(), event.sequenceNumber())),
                event));
        batch.clear();
    }

    private Map<String, Long> lastLinks() {
        var last = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT aggregate_identifier, max(sequence_number) AS sequence_number
                          FROM event_chain GROUP BY aggregate_identifier""")
                .query(LastLink.class)
                .list()
                .forEach(link -> last.put(link.aggregateIdentifier(), link.sequenceNumber()));
        return last;
    }

    private static String place(String participant, long sequence) {
        return participant + "#" + sequence;
    }
}
