package de.lotse.query.worklist;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.worklist.WorklistKind;
import org.springframework.stereotype.Component;

/**
 * {@code FOLLOW_UP_DUE}: the exit opens it for the day its event names (six months after the exit)
 * and any recorded follow-up, an unreachable participant included, settles it. The item is shown
 * from its due date; the detail is the exit date.
 */
@Component
class FollowUpDueRule implements WorklistRule {

    private static final String ONLY = "";

    @Override
    public void apply(ParticipantEvent event, WorklistCase participant, Occasion occasion) {
        if (event instanceof ParticipantExited exited) {
            var due = exited.followUpDueOn();
            occasion.open(
                    WorklistKind.FOLLOW_UP_DUE,
                    ONLY,
                    due,
                    due,
                    exited.exitDate().toString());
        } else if (event instanceof FollowUpRecorded) {
            occasion.settle(WorklistKind.FOLLOW_UP_DUE, ONLY);
        }
    }
}
