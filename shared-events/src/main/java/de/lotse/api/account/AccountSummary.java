package de.lotse.api.account;

import de.lotse.api.access.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One account as an administrator sees it; never a password or its hash. */
public record AccountSummary(
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastSignIn) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
