package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An API token was issued to the account; it acts with the account's roles until it expires. */
@JsonTypeName("ApiTokenIssued")
@Revision("1")
public record ApiTokenIssued(String username, UUID tokenId, String name, Instant expiresAt) implements AccountEvent {}
