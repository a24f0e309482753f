package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one occupancy right (Belegungsrecht) on a unit. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record OccupancyRightId(UUID value) {

    public OccupancyRightId {
        Objects.requireNonNull(value, "value");
    }

    public static OccupancyRightId random() {
        return new OccupancyRightId(UUID.randomUUID());
    }

    @JsonCreator
    public static OccupancyRightId of(String value) {
        return new OccupancyRightId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
