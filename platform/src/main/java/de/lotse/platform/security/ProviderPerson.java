package de.lotse.platform.security;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Who the identity provider says a person is: the user name ({@code preferred_username}), a
 * display name ({@code name}, else the user name) and the Lotse roles among the values of the
 * roles claim. Values that are no Lotse role name are the provider's business and are ignored. A
 * user name that is no Lotse user name, or no Lotse role at all, means the person has no business
 * in Lotse: the sign-in fails and nothing is recorded.
 */
record ProviderPerson(String username, String displayName, Set<Role> roles) {

    private static final int LONGEST_DISPLAY_NAME = 200;

    static ProviderPerson of(Map<String, Object> claims, String rolesClaim) {
        var username = claims.get("preferred_username") instanceof String name ? name : "";
        if (!username.matches(Accounts.USERNAME) || Caller.SYSTEM_USER.equals(username)) {
            throw new BadCredentialsException("The provider's user name is no Lotse user name: '" + username + "'");
        }
        var roles = valuesAt(claims, rolesClaim).stream()
                .flatMap(name -> Role.named(name).stream())
                .collect(Collectors.toSet());
        if (roles.isEmpty()) {
            throw new BadCredentialsException("The provider grants " + username + " no Lotse role");
        }
        return new ProviderPerson(username, displayNameOf(claims, username), roles);
    }

    /** The strings at a dotted path of nested claims ({@code realm_access.roles}); none where any step is missing. */
    private static List<String> valuesAt(Map<String, Object> claims, String path) {
        Object value = claims;
        for (var step : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    private static String displayNameOf(Map<String, Object> claims, String username) {
        var name = claims.get("name") instanceof String given ? given.strip() : "";
        if (name.isEmpty()) {
            return username;
        }
        return name.length() > LONGEST_DISPLAY_NAME ? name.substring(0, LONGEST_DISPLAY_NAME) : name;
    }
}
