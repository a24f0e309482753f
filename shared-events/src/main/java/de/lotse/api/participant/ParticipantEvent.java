package de.lotse.api.participant;

import java.util.Set;

/**
 * A fact recorded in one participant's stream. Every implementation is listed in
 * {@link ParticipantEvents}, which gives it its stable stored name.
 */
public interface ParticipantEvent {

    ParticipantId participantId();

    /**
     * The names of this event's fields that identify the person or hold free text. They are
     * stored encrypted with the participant's own key, and read as {@code [erased]} once that key
     * has been destroyed; every other field stays readable, so the statistics survive an erasure.
     */
    default Set<String> personalFields() {
        return Set.of();
    }
}
