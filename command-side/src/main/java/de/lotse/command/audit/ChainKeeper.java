package de.lotse.command.audit;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.serialization.Serializer;

/**
 * Keeps the hash chain where Lotse does not write the events itself: with Axon Server, events are
 * appended there, beyond the reach of a storage engine wrapper, so this handler reads the event
 * stream in a processor of its own and links each participant's event into the chain table as it
 * comes, in the processor's transaction, together with its token. The link is computed from the
 * event's stored form as the stream hands it over (serialized payload and metadata as written),
 * exactly as {@link ChainedEventStorageEngine} computes it from the row, so one verification works
 * for both.
 *
 * <p>Why the order is safe: the processor has one segment and reads the stream in its order. A
 * participant's event {@code n + 1} can only be appended after event {@code n} was stored (the
 * aggregate is loaded from its events first, and the store refuses a second event {@code n + 1}),
 * so it comes later in the stream, and each event finds its predecessor's link already there. A
 * gap in the global index (the JDBC store's transactions committing out of order) does not matter
 * either: the tracking token waits for it, and links are per participant, never across them. A
 * redelivered event (after a crash before the token moved, or a reset) finds its link and changes
 * nothing.
 *
 * <p>What it cannot see: a change made to an event in Axon Server before the keeper read it. The
 * window is normally the moment between append and link, but it lasts as long as the keeper is
 * stopped or behind, and a store moved to Axon Server with events older than the keeper is linked
 * as it is found. It proves that nothing changed after linking; that a link is the event's first
 * form is as sure as the keeper is prompt. Like the wrapper's chain, it cannot stop someone who
 * rewrites both the events and every later link of the chain table.
 */
final class ChainKeeper implements EventMessageHandler {

    /** The processing group and event processor of the keeper. */
    static final String PROCESSOR = "chain-keeper";

    private final EventChain chain;
    private final Serializer eventSerializer;

    ChainKeeper(EventChain chain, Serializer eventSerializer) {
        this.chain = chain;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> inStream && inStream.getType() != null) {
            chain.link(List.of(StoredEvent.of(inStream, eventSerializer)));
        }
        return Boolean.TRUE;
    }
}
