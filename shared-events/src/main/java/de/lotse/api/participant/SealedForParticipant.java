package de.lotse.api.participant;

import java.util.Set;

/**
 * An event whose personal fields belong to one participant: the serializer seals them with that
 * participant's key, so that they read as {@code [erased]} once the key is destroyed. A
 * participant's own events are such events; so are events of other streams that hold free text
 * about a participant, such as a housing officer's note on a tenancy check.
 */
public interface SealedForParticipant {

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
