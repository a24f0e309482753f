package de.lotse.api.account;

import de.lotse.api.access.Role;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open an account with its first password: a one-time password the person must change at the
 * first sign-in, or a chosen one (the demo accounts, single sign-on, which has none to change).
 */
public record OpenAccount(
        @TargetAggregateIdentifier String username,
        String displayName,
        Set<Role> roles,
        Secret password,
        boolean mustChangePassword)
        implements AccountCommand {

    public OpenAccount {
        roles = Set.copyOf(roles);
    }
}
