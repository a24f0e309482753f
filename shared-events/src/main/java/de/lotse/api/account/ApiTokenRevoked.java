package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One of the account's API tokens was revoked and answers 401 from now on. */
@JsonTypeName("ApiTokenRevoked")
@Revision("1")
public record ApiTokenRevoked(String username, UUID tokenId) implements AccountEvent {}
