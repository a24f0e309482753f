package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one property of the portfolio and its event stream. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record PropertyId(UUID value) {

    public PropertyId {
        Objects.requireNonNull(value, "value");
    }

    public static PropertyId random() {
        return new PropertyId(UUID.randomUUID());
    }

    @JsonCreator
    public static PropertyId of(String value) {
        return new PropertyId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
