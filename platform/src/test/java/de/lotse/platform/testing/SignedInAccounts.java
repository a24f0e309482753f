package de.lotse.platform.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Role;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.StoredAccount;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account table of a slice test: every account asked for is the user the test signed in
 * with ({@code @WithMockUser}), enabled and with that user's roles, so that the per-request check
 * of the stored account agrees with the test's user. A plain class, brought in by {@link
 * ApiSecurity}'s import only, so that no component scan of a whole application picks it up.
 */
class SignedInAccounts {

    @Bean
    Accounts accounts() {
        var accounts = mock(Accounts.class);
        when(accounts.find(anyString())).thenAnswer(call -> signedIn(call.getArgument(0)));
        return accounts;
    }

    private static Optional<StoredAccount> signedIn(String username) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.getName().equals(username)) {
            return Optional.empty();
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .map(name -> name.substring("ROLE_".length()))
                .filter(name -> Arrays.stream(Role.values())
                        .anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return Optional.of(new StoredAccount(username, username, roles, true, "{noop}unused", false, null));
    }
}
