package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one renovation of a property and its event stream. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record RenovationId(UUID value) {

    public RenovationId {
        Objects.requireNonNull(value, "value");
    }

    public static RenovationId random() {
        return new RenovationId(UUID.randomUUID());
    }

    @JsonCreator
    public static RenovationId of(String value) {
        return new RenovationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
