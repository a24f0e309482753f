package de.lotse.command.account;

import de.lotse.api.access.Role;
import de.lotse.api.account.ChangeRoles;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The complete new set of an account's roles. */
record RolesRequest(@NotEmpty Set<@NotNull Role> roles) {

    ChangeRoles toCommand(String username) {
        return new ChangeRoles(username, roles);
    }
}
