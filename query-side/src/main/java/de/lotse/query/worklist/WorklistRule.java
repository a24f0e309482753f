package de.lotse.query.worklist;

import de.lotse.api.housing.HousingEvent;
import de.lotse.api.participant.ParticipantEvent;
import java.time.LocalDate;

/**
 * One kind of worklist item: which events open it, with which due date and from which day it is
 * shown, and which events settle it. A rule is a Spring bean, so a new kind is one new class; the
 * projection hands every event of a participant's stream, and every housing event, to every rule,
 * and each rule reacts to the events it knows.
 */
interface WorklistRule {

    /**
     * Opens or settles this rule's items for an event of the participant's stream, the participant
     * as the worklist knows them after it. It is called only for participants whose personal data
     * were not erased, since erasure ends every item.
     */
    default void apply(ParticipantEvent event, WorklistCase participant, Occasion occasion) {}

    /** Opens or settles this rule's items for an event of a housing unit's stream. */
    default void apply(HousingEvent event, LocalDate recordedOn, Worklist worklist) {}
}
