package de.lotse.query.account;

import de.lotse.api.access.Role;
import de.lotse.api.account.AccountSummary;
import java.util.Set;

/** {@code GET /api/me}: who one is signed in as, and whether the one-time password must be changed first. */
record Me(String username, String displayName, Set<Role> roles, boolean mustChangePassword) {

    static Me of(AccountSummary account) {
        return new Me(account.username(), account.displayName(), account.roles(), account.mustChangePassword());
    }
}
