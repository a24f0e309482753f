package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one participant and their event stream. Serialised as the bare UUID string, and
 * {@link #toString()} returns exactly that, because Axon keys the stream by the identifier's
 * string form.
 */
public record ParticipantId(UUID value) {

    public ParticipantId {
        Objects.requireNonNull(value, "value");
    }

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    @JsonCreator
    public static ParticipantId of(String value) {
        return new ParticipantId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
