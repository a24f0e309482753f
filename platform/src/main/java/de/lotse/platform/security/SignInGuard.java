package de.lotse.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The back-off against password guessing, per user name, for HTTP Basic and the login form
 * together: after {@value #FAILURES_BEFORE_BLOCK} failures within 15 minutes every attempt is
 * refused for 60 seconds, even with the right password, and each further failure doubles the
 * pause. A successful sign-in forgets the failures. Unknown user names are counted like known
 * ones, so the answers do not tell which accounts exist.
 *
 * <p>The count lives in this process's memory: several instances each count on their own, which
 * multiplies an attacker's tries by the number of instances but keeps a failed sign-in from
 * costing a database write.
 */
@Component
class SignInGuard {

    static final int FAILURES_BEFORE_BLOCK = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(60);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    /** The failures of one user name: since when they are counted, how many, and any pause. */
    private record Failures(
            Instant since, int count, int pauses, @Nullable Instant blockedUntil) {

        Failures failedAt(Instant now) {
            var lastCounted = blockedUntil == null ? since : blockedUntil;
            var fresh = lastCounted.plus(WINDOW).isBefore(now);
            var failures = fresh ? new Failures(now, 0, 0, null) : this;
            var count = failures.count + 1;
            if (count < FAILURES_BEFORE_BLOCK) {
                return new Failures(failures.since, count, failures.pauses, null);
            }
            var pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failures.pauses, 20));
            var until = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
            return new Failures(failures.since, count, failures.pauses + 1, until);
        }
    }

    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .expireAfterWrite(LONGEST_PAUSE.plus(WINDOW))
            .maximumSize(100_000)
            .build();
    private final Clock clock;
    private final Counter failed;
    private final Counter blocked;

    SignInGuard(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.failed = Counter.builder("lotse.sign-in.failed")
                .description("Sign-ins refused for a wrong user name or password")
                .register(meters);
        this.blocked = Counter.builder("lotse.sign-in.blocked")
                .description("Sign-ins refused because the user name is paused after failures")
                .register(meters);
    }

    /** Refuses at once while the user name is paused. */
    void requireNotBlocked(String username, String address) {
        var current = failures.getIfPresent(username);
        var now = clock.instant();
        if (current != null
                && current.blockedUntil() != null
                && current.blockedUntil().isAfter(now)) {
            blocked.increment();
            log.warn("Sign-in blocked for {} from {}", username, address);
            var seconds = Duration.between(now, current.blockedUntil()).toSeconds() + 1;
            throw new SignInBlocked(seconds);
        }
    }

    void failed(String username, String address) {
        failed.increment();
        var now = clock.instant();
        var after = failures.asMap()
                .compute(
                        username,
                        (name, before) -> (before == null ? new Failures(now, 0, 0, null) : before).failedAt(now));
        log.warn("Sign-in failed for {} from {} ({} in a row)", username, address, after.count());
    }

    void succeeded(String username) {
        failures.invalidate(username);
    }
}
