package de.lotse.api.provider;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one provider of the directory and its event stream. Serialised as the bare UUID string. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    @JsonCreator
    public static ProviderId of(String value) {
        return new ProviderId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
