package de.lotse.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace an account's password by a one-time password that must be changed at the next sign-in. */
public record ResetPassword(@TargetAggregateIdentifier String username, Secret oneTimePassword)
        implements AccountCommand {}
