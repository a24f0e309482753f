package de.lotse.api.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored event as an auditor reads it: its 0-based place in the participant's stream, its
 * stored type name, when and by whom it was recorded, and its payload as stored JSON.
 */
public record HistoryEntry(
        long sequence,
        String type,
        Instant recordedAt,
        String recordedBy,
        @JsonRawValue String payload,
        @Nullable String hash) {}
