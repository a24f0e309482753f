package de.lotse.platform.messaging;

import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.pathway.ParticipantExited;
import java.time.LocalDate;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored {@link ParticipantExited} of revision 1 as revision 2 by adding the follow-up date
 * it was recorded under: while revision 1 was written, the follow-up always fell due six months
 * after exit, the day the deadline was scheduled for.
 *
 * <p>It works on the stored JSON before the serializer sees it, and touches only the plain
 * {@code exitDate} and the new field; sealed personal values, should a later revision carry any,
 * pass through as the stored strings and are opened by the serializer afterwards. The stored bytes
 * never change, so the hash chain over them verifies as before.
 */
class ParticipantExitedUpcaster extends SingleEventUpcaster {

    private static final String NAME = ParticipantEvents.storedName(ParticipantExited.class);
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(NAME, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(NAME, "2");
    private static final int FOLLOW_UP_MONTHS_IN_REVISION_1 = 6;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, ParticipantExitedUpcaster::withFollowUpDate);
    }

    private static JsonNode withFollowUpDate(JsonNode payload) {
        var exitDate = LocalDate.parse(payload.get("exitDate").asString());
        var upcast = ((ObjectNode) payload).deepCopy();
        upcast.put(
                "followUpDueOn",
                exitDate.plusMonths(FOLLOW_UP_MONTHS_IN_REVISION_1).toString());
        return upcast;
    }
}
