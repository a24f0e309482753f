package de.lotse.platform.messaging;

import de.lotse.api.participant.ParticipantEvents;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one stored revision of an event type as the next one, by changing a copy of its stored
 * JSON before the serializer sees it. Sealed personal values pass through as the stored strings and
 * are opened by the serializer afterwards; the stored bytes never change, so the hash chain over
 * them verifies as before.
 */
abstract class NextRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType stored;
    private final SimpleSerializedType next;

    NextRevisionUpcaster(Class<?> type, String storedRevision, String nextRevision) {
        var name = ParticipantEvents.storedName(type);
        this.stored = new SimpleSerializedType(name, storedRevision);
        this.next = new SimpleSerializedType(name, nextRevision);
    }

    @Override
    protected final boolean canUpcast(IntermediateEventRepresentation representation) {
        return stored.equals(representation.getType());
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(next, JsonNode.class, payload -> upcast(((ObjectNode) payload).deepCopy()));
    }

    /** The next revision's payload, made from a copy of the stored one that may be changed in place. */
    protected abstract JsonNode upcast(ObjectNode payload);
}
