package de.lotse.platform.messaging;

import de.lotse.api.pathway.ParticipantExited;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored {@link ParticipantExited} of revision 1 as revision 2 by adding the follow-up date
 * it was recorded under: while revision 1 was written, the follow-up always fell due six months
 * after exit, the day the deadline was scheduled for. It reads only the plain {@code exitDate}.
 */
class ParticipantExitedUpcaster extends NextRevisionUpcaster {

    private static final int FOLLOW_UP_MONTHS_IN_REVISION_1 = 6;

    ParticipantExitedUpcaster() {
        super(ParticipantExited.class, "1", "2");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload) {
        var exitDate = LocalDate.parse(payload.get("exitDate").asString());
        return payload.put(
                "followUpDueOn",
                exitDate.plusMonths(FOLLOW_UP_MONTHS_IN_REVISION_1).toString());
    }
}
