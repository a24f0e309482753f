package de.lotse.query.worklist;

import de.lotse.api.participant.ParticipantEvent;

/**
 * One kind of worklist item: which events open it, with which due date and from which day it is
 * shown, and which events settle it. A rule is a Spring bean, so a new kind is one new class; the
 * projection hands every event of a participant's stream to every rule.
 */
interface WorklistRule {

    /**
     * Opens or settles this rule's items for an event of the participant's stream. It is called
     * only for participants whose personal data were not erased, since erasure ends every item.
     */
    void apply(ParticipantEvent event, Occasion occasion);
}
