package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Role;
import de.lotse.api.account.Secret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountSignInTest {

    private static final String PASSWORD = "correct horse battery";

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final Accounts accounts = mock(Accounts.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Passwords passwords;
    private AccountSignIn signIn;

    @BeforeEach
    void signIn() {
        passwords = new Passwords(countingEncoder());
        signIn = new AccountSignIn(
                accounts, passwords, new VerifiedCredentials(), new SignInGuard(clock, meters), clock);
        hashChecks.set(0);
    }

    @Test
    void hashesThePasswordOnceAndThenRecognisesItWithoutHashing() {
        stored(account(true, false));
        for (int i = 0; i < 5; i++) {
            var signedIn = signIn.authenticate(attempt("anna", PASSWORD));
            assertThat(signedIn.getName()).isEqualTo("anna");
            assertThat(signedIn.getAuthorities())
                    .extracting(a -> a.getAuthority())
                    .containsExactly("ROLE_COACH");
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void hashesAgainOnceThePasswordWasChanged() {
        stored(account(true, false));
        signIn.authenticate(attempt("anna", PASSWORD));
        stored(new StoredAccount(
                "anna", "Anna", Set.of(Role.COACH), true, passwords.hash(new Secret("another")), false, null));
        hashChecks.set(0);

        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void refusesADisabledAccountEvenWithAVerifiedPassword() {
        stored(account(true, false));
        signIn.authenticate(attempt("anna", PASSWORD));
        stored(account(false, false));

        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", PASSWORD))).isInstanceOf(DisabledException.class);
    }

    @Test
    void marksAnAccountWhoseOneTimePasswordMustBeChanged() {
        stored(account(true, true));
        var signedIn = signIn.authenticate(attempt("anna", PASSWORD));
        assertThat(signedIn.getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains(AccountSignIn.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void pausesAUserNameAfterFiveFailuresEvenForTheRightPassword() {
        stored(account(true, false));
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_BLOCK; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("anna", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", PASSWORD)))
                .isInstanceOfSatisfying(
                        SignInBlocked.class,
                        blocked -> assertThat(blocked.retryAfterSeconds()).isBetween(59L, 61L));
        assertThat(meters.counter("lotse.sign-in.failed").count()).isEqualTo(5);
        assertThat(meters.counter("lotse.sign-in.blocked").count()).isEqualTo(1);
    }

    @Test
    void doublesThePauseWithEachFurtherFailure() {
        stored(account(true, false));
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_BLOCK; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("anna", "wrong")));
        }
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", "wrong")))
                .isInstanceOf(BadCredentialsException.class);

        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", PASSWORD)))
                .isInstanceOfSatisfying(
                        SignInBlocked.class,
                        blocked -> assertThat(blocked.retryAfterSeconds()).isBetween(119L, 121L));
    }

    @Test
    void countsUnknownUserNamesLikeKnownOnes() {
        when(accounts.find("nobody")).thenReturn(Optional.empty());
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_BLOCK; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "guess")))
                .isInstanceOf(SignInBlocked.class);
    }

    @Test
    void checksAnUnknownUserNameAgainstAHashAsSlowAsAnAccountsOwn() {
        when(accounts.find("nobody")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).as("the decoy was checked").hasValue(1);

        var accountsOwn = passwords.hash(new Secret(PASSWORD));
        assertThat(settings(AccountSignIn.DECOY_HASH))
                .as("algorithm and cost of the decoy")
                .isEqualTo(settings(accountsOwn));
    }

    /** {@code {bcrypt}$2a$10$} of a bcrypt hash: the encoder, the variant and the cost. */
    private static String settings(String hash) {
        return hash.substring(0, hash.lastIndexOf('$') + 1);
    }

    @Test
    void forgetsTheFailuresAfterASuccessfulSignIn() {
        stored(account(true, false));
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_BLOCK - 1; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("anna", "wrong")));
        }
        signIn.authenticate(attempt("anna", PASSWORD));
        assertThatThrownBy(() -> signIn.authenticate(attempt("anna", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private void stored(StoredAccount account) {
        when(accounts.find(account.username())).thenReturn(Optional.of(account));
    }

    private StoredAccount account(boolean enabled, boolean mustChange) {
        return new StoredAccount("anna", "Anna", Set.of(Role.COACH), enabled, hashOfPassword(), mustChange, null);
    }

    private String hashOfPassword() {
        return passwords.hash(new Secret(PASSWORD));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private PasswordEncoder countingEncoder() {
        var real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return real.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return real.matches(raw, encoded);
            }
        };
    }

    /** A clock the test moves forward, to let a pause run out. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
