package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one unit (flat) of a property and its event stream, which holds the unit's rights, vacancies, offers and tenancies. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record UnitId(UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "value");
    }

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
