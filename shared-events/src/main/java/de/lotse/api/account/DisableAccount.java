package de.lotse.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disable an account: from now on it cannot sign in, and its tokens and open sessions stop working. */
public record DisableAccount(@TargetAggregateIdentifier String username) implements AccountCommand {}
