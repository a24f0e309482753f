package de.lotse.api.account;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of a person's API tokens as its holder sees it; the token itself is never shown again. */
public record ApiTokenSummary(
        UUID id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt) {}
