package de.lotse.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import de.lotse.api.access.Role;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.StoredAccount;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account table as a web slice sees it. The UI's chain reads the signed-in account on every
 * request ({@code SessionRecheck}); here every test user is an enabled account with exactly the
 * roles the test signed them in with, so each request goes through as the test meant it. A test
 * that needs another account (disabled, with a one-time password) stubs {@link Accounts#find}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAccounts {

    private static final String ROLE_PREFIX = "ROLE_";

    @Bean
    Accounts accounts() {
        var accounts = mock(Accounts.class);
        given(accounts.find(anyString())).willAnswer(call -> Optional.of(asSignedIn(call.getArgument(0))));
        return accounts;
    }

    /** The account of the signed-in test user, with the roles of their authentication. */
    public static StoredAccount asSignedIn(String username) {
        return new StoredAccount(username, username, rolesSignedIn(), true, "{noop}unused", false, null);
    }

    private static Set<Role> rolesSignedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> Role.valueOf(authority.substring(ROLE_PREFIX.length())))
                .collect(Collectors.toSet());
    }
}
