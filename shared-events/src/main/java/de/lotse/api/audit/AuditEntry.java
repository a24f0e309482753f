package de.lotse.api.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored event in the global trail: whose stream (a participant's, an account's or a housing
 * aggregate's: a property, a unit, a renovation) and where in it, its stored type, when and
 * by whom it was recorded, the correlation (the request it belongs to) and causation (the message
 * that caused it), and its link in the participant's hash chain.
 */
public record AuditEntry(
        @Nullable String participantId,
        long sequence,
        String type,
        Instant recordedAt,
        String recordedBy,
        @Nullable String correlationId,
        @Nullable String causationId,
        @Nullable String hash,
        @Nullable String account,
        @Nullable String housingStream) {}
