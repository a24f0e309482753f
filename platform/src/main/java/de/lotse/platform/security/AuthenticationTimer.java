package de.lotse.platform.security;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How long authenticating a request takes, by how it went ({@code lotse.authentication}, tag
 * {@code path}: a password verified recently, a password hashed, an API token, or refused). The
 * benchmark reads it to show what authentication adds to a request. It records on Micrometer's
 * global registry, which Spring Boot binds its own registry to, so that the security chain's
 * filters need no registry of their own.
 */
final class AuthenticationTimer {

    static final String NAME = "lotse.authentication";

    private AuthenticationTimer() {}

    /** Times one authentication, from its first look-up to its answer; it names its path when it knows it. */
    static <T> T time(Function<Consumer<String>, T> authentication) {
        var sample = Timer.start();
        var path = new String[] {"refused"};
        try {
            return authentication.apply(known -> path[0] = known);
        } finally {
            sample.stop(Metrics.timer(NAME, "path", path[0]));
        }
    }
}
