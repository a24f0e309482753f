package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.access.Role;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** An account's roles were replaced: the roles before and after, so the trail shows what was granted. */
@JsonTypeName("RolesChanged")
@Revision("1")
public record RolesChanged(String username, Set<Role> oldRoles, Set<Role> newRoles) implements AccountEvent {

    public RolesChanged {
        oldRoles = Set.copyOf(oldRoles);
        newRoles = Set.copyOf(newRoles);
    }
}
