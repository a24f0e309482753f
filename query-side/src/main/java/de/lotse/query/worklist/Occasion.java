package de.lotse.query.worklist;

import de.lotse.api.worklist.WorklistKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An event as the worklist rules see it: the participant as the worklist knows them after the
 * event, the day it was recorded (UTC), and where the rules open and settle that participant's items.
 */
record Occasion(UUID participantId, WorklistCase participant, LocalDate recordedOn, Worklist worklist) {

    /** Opens the item, or moves its due date and detail if it is open already. */
    void open(WorklistKind kind, String key, LocalDate dueOn, LocalDate shownFrom, String detail) {
        worklist.open(new WorklistItemRow(participantId, kind, key, dueOn, shownFrom, detail));
    }

    void settle(WorklistKind kind, String key) {
        worklist.settle(participantId, kind, key);
    }
}
