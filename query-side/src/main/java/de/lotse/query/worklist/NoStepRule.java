package de.lotse.query.worklist;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.worklist.WorklistKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code NO_STEP}: an active participant for whom nothing was recorded for 60 days. What counts is
 * the day a coach recorded something, not the date the step carries: an intake or a situation
 * entered today for last month is a step taken today. Only the programme's own bookkeeping is no
 * step: a follow-up falling due, a new coach. The item follows each step and ends with the exit.
 */
@Component
class NoStepRule implements WorklistRule {

    static final int DAYS_WITHOUT_STEP = 60;
    private static final String ONLY = "";
    private static final Set<Class<?>> NO_STEPS = Set.of(FollowUpBecameDue.class, CoachReassigned.class);

    @Override
    public void apply(ParticipantEvent event, WorklistCase participant, Occasion occasion) {
        if (!participant.active()) {
            occasion.settle(WorklistKind.NO_STEP, ONLY);
        } else if (!NO_STEPS.contains(event.getClass())) {
            var due = occasion.recordedOn().plusDays(DAYS_WITHOUT_STEP);
            occasion.open(
                    WorklistKind.NO_STEP, ONLY, due, due, occasion.recordedOn().toString());
        }
    }
}
