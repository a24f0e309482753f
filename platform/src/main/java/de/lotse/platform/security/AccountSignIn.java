package de.lotse.platform.security;

import de.lotse.api.account.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs people in with user name and password, for HTTP Basic and the login form alike: the
 * back-off first, then the account as stored now (unknown and disabled accounts fail), then the
 * password, hashed only when this process has not verified it recently.
 */
@Component
// Also without a web server (the pages' controllers exist in every context) the sign-in settings must bind.
@EnableConfigurationProperties(SignInProperties.class)
public class AccountSignIn implements AuthenticationProvider {

    /** The authority of an account whose one-time password must be changed before anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /**
     * Checked when the user name is unknown, so that the answer takes as long as for a known one and
     * does not tell which accounts exist: the hash of a random password that nobody kept, made once
     * with the algorithm and cost Lotse hashes passwords with (a test holds it to them). Its password
     * would open nothing: an unknown user name is refused whatever it matches. Hashed at every
     * start instead, it cost the start about 0.3 s on two cores.
     */
    static final String DECOY_HASH = "{bcrypt}$2a$10$qBU8TRx.ZvX/NBLjmYc2t.iSqwTcEU.a1RpiPO7v7bUXqjIbEkNBC";

    private final Accounts accounts;
    private final Passwords passwords;
    private final VerifiedCredentials verified;
    private final SignInGuard guard;
    private final Clock clock;

    AccountSignIn(
            Accounts accounts, Passwords passwords, VerifiedCredentials verified, SignInGuard guard, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verified = verified;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var username = attempt.getName();
        var password = String.valueOf(attempt.getCredentials());
        var address = addressOf(attempt);
        return AuthenticationTimer.time(path -> {
            guard.requireNotBlocked(username, address);
            var account = accounts.find(username);
            if (account.isPresent() && verified.wereVerified(account.get(), password)) {
                path.accept("password-verified-recently");
                return signedIn(account.get());
            }
            var signedIn = verify(account, username, password, address);
            path.accept("password-hashed");
            return signedIn;
        });
    }

    private Authentication verify(Optional<StoredAccount> account, String username, String password, String address) {
        // Checked before asking whether the account exists: an unknown user name costs the same hash.
        var matches = passwords.matches(
                new Secret(password), account.map(StoredAccount::passwordHash).orElse(DECOY_HASH));
        if (account.isEmpty() || !matches) {
            guard.failed(username, address);
            throw new BadCredentialsException("Wrong user name or password");
        }
        if (!account.get().enabled()) {
            throw new DisabledException("The account is disabled");
        }
        guard.succeeded(username);
        verified.remember(account.get(), password);
        accounts.recordSignIn(username, clock.instant());
        return signedIn(account.get());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Forgets the account's verified password at once (its password, roles or state changed). */
    public void forget(String username) {
        verified.forget(username);
    }

    /** The signed-in account as Spring Security sees it, with its roles as stored now. */
    public static UsernamePasswordAuthenticationToken signedIn(StoredAccount account) {
        if (!account.enabled()) {
            throw new DisabledException("The account is disabled");
        }
        return UsernamePasswordAuthenticationToken.authenticated(account.username(), null, authoritiesOf(account));
    }

    static List<GrantedAuthority> authoritiesOf(StoredAccount account) {
        var authorities = new ArrayList<GrantedAuthority>();
        account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown address";
    }
}
