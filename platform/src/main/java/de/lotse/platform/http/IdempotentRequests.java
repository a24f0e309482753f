package de.lotse.platform.http;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The table {@code idempotent_request}: one row per user and key, claimed when the first request
 * arrives and given its answer when that is final. Each statement commits on its own, so a claim
 * is visible to a concurrent repeat at once and survives a command that rolls back.
 */
class IdempotentRequests {

    /**
     * A claim whose request never got an answer recorded (the process died, or the database went
     * away in between) is given up after this long, so that the key is not blocked for a day.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    /** The request that claimed a key first: its fingerprint, and its answer once there is one. */
    record Earlier(String fingerprint, @Nullable RecordedAnswer answer) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    IdempotentRequests(JdbcClient jdbc, Clock clock, HttpProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = properties.idempotencyKeyLifetime();
    }

    /**
     * Claims the key for this request, or says which request holds it. A key whose lifetime has
     * ended, or whose claim was abandoned, is claimed afresh. When the holder gives the key up
     * between the two statements, the claim is tried once more; losing that race again to a
     * repeat of the same request leaves that repeat running, as its holder.
     */
    Optional<Earlier> claim(String user, String key, String fingerprint) {
        for (var attempt = 0; attempt < 2; attempt++) {
            if (tryClaim(user, key, fingerprint)) {
                return Optional.empty();
            }
            var holder = holder(user, key);
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.of(new Earlier(fingerprint, null));
    }

    private boolean tryClaim(String user, String key, String fingerprint) {
        var now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO idempotent_request (user_name, idempotency_key, fingerprint, received_at)
                        VALUES (:user, :key, :fingerprint, :now)
                        ON CONFLICT (user_name, idempotency_key) DO UPDATE
                           SET fingerprint = EXCLUDED.fingerprint, received_at = EXCLUDED.received_at,
                               status = NULL, location = NULL, content_type = NULL, body = NULL
                         WHERE idempotent_request.received_at < :expired
                            OR (idempotent_request.status IS NULL AND idempotent_request.received_at < :abandoned)
                        """)
                        .param("user", user)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("now", Timestamp.from(now))
                        .param("expired", Timestamp.from(now.minus(lifetime)))
                        .param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER)))
                        .update()
                == 1;
    }

    private Optional<Earlier> holder(String user, String key) {
        return jdbc.sql("""
                        SELECT fingerprint, status, location, content_type, body
                          FROM idempotent_request
                         WHERE user_name = :user AND idempotency_key = :key
                        """)
                .param("user", user)
                .param("key", key)
                .query((row, number) -> earlier(row))
                .optional();
    }

    void record(String user, String key, RecordedAnswer answer) {
        jdbc.sql("""
                        UPDATE idempotent_request
                           SET status = :status, location = :location, content_type = :contentType, body = :body
                         WHERE user_name = :user AND idempotency_key = :key
                        """)
                .param("status", answer.status())
                .param("location", answer.location())
                .param("contentType", answer.contentType())
                .param("body", answer.body())
                .param("user", user)
                .param("key", key)
                .update();
    }

    /** Gives the key up after an answer that must not be repeated, so that a retry runs again. */
    void release(String user, String key) {
        jdbc.sql("""
                        DELETE FROM idempotent_request
                         WHERE user_name = :user AND idempotency_key = :key AND status IS NULL
                        """).param("user", user).param("key", key).update();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purgeExpired() {
        var purged = jdbc.sql("DELETE FROM idempotent_request WHERE received_at < :expired")
                .param("expired", Timestamp.from(clock.instant().minus(lifetime)))
                .update();
        if (purged > 0) {
            log.info("Purged {} idempotency keys older than {}", purged, lifetime);
        }
    }

    private static Earlier earlier(ResultSet row) throws SQLException {
        var status = row.getInt("status");
        var answer = row.wasNull()
                ? null
                : new RecordedAnswer(
                        status, row.getString("location"), row.getString("content_type"), row.getBytes("body"));
        return new Earlier(row.getString("fingerprint"), answer);
    }
}
