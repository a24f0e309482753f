package de.lotse.platform.security;

import de.lotse.api.access.Role;
import de.lotse.api.account.AccountSummary;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One row of the {@code account} table: who may sign in, with which roles and which password hash. */
public record StoredAccount(
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        String passwordHash,
        boolean mustChangePassword,
        @Nullable Instant lastSignIn) {

    public StoredAccount {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The account as an administrator sees it: everything but the password hash. */
    public AccountSummary summary() {
        return new AccountSummary(username, displayName, roles, enabled, mustChangePassword, lastSignIn);
    }

    @Override
    public String toString() {
        return "StoredAccount[" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
