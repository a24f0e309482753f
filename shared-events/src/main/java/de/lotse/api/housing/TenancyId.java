package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one tenancy of a participant in a unit. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record TenancyId(UUID value) {

    public TenancyId {
        Objects.requireNonNull(value, "value");
    }

    public static TenancyId random() {
        return new TenancyId(UUID.randomUUID());
    }

    @JsonCreator
    public static TenancyId of(String value) {
        return new TenancyId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
