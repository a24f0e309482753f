package de.lotse.query.worklist;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.worklist.WorklistKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An event as a worklist rule sees it: the participant it concerns, the day it was recorded (UTC),
 * and where the rules open, find and settle that participant's items.
 */
record Occasion(UUID participantId, LocalDate recordedOn, Worklist worklist) {

    static Occasion of(ParticipantId participant, LocalDate recordedOn, Worklist worklist) {
        return new Occasion(participant.value(), recordedOn, worklist);
    }

    /** Opens the item, or moves its due date and detail if it is open already. */
    void open(WorklistKind kind, String key, LocalDate dueOn, LocalDate shownFrom, String detail) {
        worklist.open(new WorklistItemRow(participantId, kind, key, dueOn, shownFrom, detail));
    }

    void settle(WorklistKind kind, String key) {
        worklist.settle(participantId, kind, key);
    }

    /** The participant's open items of the kind, shown or not yet. */
    List<WorklistItemRow> openItems(WorklistKind kind) {
        return worklist.openItems(participantId, kind);
    }
}
