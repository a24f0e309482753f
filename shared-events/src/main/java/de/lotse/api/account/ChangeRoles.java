package de.lotse.api.account;

import de.lotse.api.access.Role;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an account a new set of roles, replacing the old one. */
public record ChangeRoles(@TargetAggregateIdentifier String username, Set<Role> roles) implements AccountCommand {

    public ChangeRoles {
        roles = Set.copyOf(roles);
    }
}
