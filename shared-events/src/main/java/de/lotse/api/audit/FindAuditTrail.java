package de.lotse.api.audit;

import de.lotse.api.access.Caller;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Find one page of the global audit trail, oldest first: events recorded in [from, to), by a user,
 * of a stored type; every filter optional.
 */
public record FindAuditTrail(
        Caller caller,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String user,
        @Nullable String type,
        int page,
        int size) {}
