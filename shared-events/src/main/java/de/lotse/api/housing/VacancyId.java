package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one vacancy of a unit: the unit to let from a date on. Serialised as the bare UUID string, and {@link #toString()} returns exactly that, the
 * form in which Axon keys event streams and paths and read models show it.
 */
public record VacancyId(UUID value) {

    public VacancyId {
        Objects.requireNonNull(value, "value");
    }

    public static VacancyId random() {
        return new VacancyId(UUID.randomUUID());
    }

    @JsonCreator
    public static VacancyId of(String value) {
        return new VacancyId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
