package de.lotse.api.account;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.access.Role;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** An account was opened for a person, with their display name and first roles. */
@JsonTypeName("AccountOpened")
@Revision("1")
public record AccountOpened(String username, String displayName, Set<Role> roles) implements AccountEvent {

    public AccountOpened {
        roles = Set.copyOf(roles);
    }
}
