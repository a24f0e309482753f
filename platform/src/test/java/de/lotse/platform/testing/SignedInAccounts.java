package de.lotse.platform.testing;

import static org.mockito.Mockito.mock;

import de.lotse.api.access.Role;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.StoredAccount;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mockito.Answers;
import org.mockito.invocation.InvocationOnMock;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * The account table as a web slice sees it. The UI's chain looks at the signed-in account on every
 * request ({@code SessionRecheck}, through {@link Accounts#current}); here every test user is an enabled account with exactly the
 * roles the test signed them in with, so each request goes through as the test meant it. A test
 * that needs another account (disabled, with a one-time password) stubs {@link Accounts#find}
 * for the length of that test. A plain class, brought in by {@link ApiSecurity}'s import only, so
 * that no component scan of a whole application picks it up.
 */
public class SignedInAccounts {

    private static final String ROLE_PREFIX = "ROLE_";

    /** Reset after each test, so that an account a test stubs does not outlive it; the default stays. */
    @Bean
    Accounts accounts() {
        return mock(Accounts.class, MockReset.withSettings(MockReset.AFTER).defaultAnswer(SignedInAccounts::answer));
    }

    private static @Nullable Object answer(InvocationOnMock call) throws Throwable {
        if (call.getMethod().getName().equals("find")) {
            return Optional.of(asSignedIn(call.getArgument(0)));
        }
        // nothing kept: each request gets what find answers, so that a test's stub of find counts
        if (call.getMethod().getName().equals("current")) {
            return ((Accounts) call.getMock()).find(call.getArgument(0));
        }
        return Answers.RETURNS_DEFAULTS.answer(call);
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
