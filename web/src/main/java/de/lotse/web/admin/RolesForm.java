package de.lotse.web.admin;

import de.lotse.api.access.Role;
import de.lotse.api.account.ChangeRoles;
import jakarta.validation.constraints.NotEmpty;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The complete new set of an account's roles; an account keeps at least one. */
record RolesForm(@NotEmpty @Nullable Set<Role> roles) {

    ChangeRoles toCommand(String username) {
        return new ChangeRoles(username, Objects.requireNonNull(roles));
    }
}
