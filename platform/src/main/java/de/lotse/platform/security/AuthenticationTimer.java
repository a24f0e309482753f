package de.lotse.platform.security;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

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

    static <T> T time(String path, Supplier<T> authentication) {
        var sample = Timer.start();
        var outcome = path;
        try {
            return authentication.get();
        } catch (RuntimeException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            sample.stop(Metrics.timer(NAME, "path", outcome));
        }
    }
}
