package de.lotse.api.account;

import de.lotse.api.access.Role;
import java.util.Set;

/** Who one is signed in as ({@code GET /api/me}), and whether the one-time password must be changed first. */
public record Me(String username, String displayName, Set<Role> roles, boolean mustChangePassword) {

    public Me {
        roles = Set.copyOf(roles);
    }

    public static Me of(AccountSummary account) {
        return new Me(account.username(), account.displayName(), account.roles(), account.mustChangePassword());
    }
}
