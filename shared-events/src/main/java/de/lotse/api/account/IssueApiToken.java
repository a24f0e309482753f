package de.lotse.api.account;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue an API token for scripts and other systems. Only the token's SHA-256 hash travels here;
 * the token itself is shown once to its holder and kept nowhere.
 */
public record IssueApiToken(
        @TargetAggregateIdentifier String username, UUID tokenId, String name, Instant expiresAt, String tokenHash)
        implements AccountCommand {}
