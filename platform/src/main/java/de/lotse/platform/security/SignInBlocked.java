package de.lotse.platform.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for one user name: every attempt is refused until the pause has passed. */
public class SignInBlocked extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInBlocked(long retryAfterSeconds) {
        super("Too many failed sign-ins; try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
