package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one offer of a vacancy to a participant. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    @JsonCreator
    public static OfferId of(String value) {
        return new OfferId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
