package de.lotse.api.account;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke one of the account's API tokens. */
public record RevokeApiToken(@TargetAggregateIdentifier String username, UUID tokenId) implements AccountCommand {}
