package de.lotse.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The account holder replaces their password, proving the current one. */
public record ChangePassword(@TargetAggregateIdentifier String username, Secret currentPassword, Secret newPassword)
        implements AccountCommand {}
