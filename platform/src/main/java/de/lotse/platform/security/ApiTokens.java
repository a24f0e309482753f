package de.lotse.platform.security;

import de.lotse.api.account.ApiTokenSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All SQL of the {@code api_token} table, and the form of a token. A token is 32 random bytes
 * behind the prefix {@value #PREFIX}; only its SHA-256 hash is stored, and a request finds its
 * token by that hash, so no token can be read back from the database and checking one costs a
 * single indexed lookup instead of a slow password hash.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "lotse_";

    /** A token's last use is written at most this often, so a busy script does not write per request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token found by its hash, with its holder's account as stored now. */
    record Holder(UUID tokenId, Instant expiresAt, @Nullable Instant lastUsedAt, StoredAccount account) {

        /** Whether a use at {@code now} is to be written: the first one, or a minute after the last written. */
        boolean useToRecord(Instant now) {
            return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
        }

        Holder usedAt(Instant now) {
            return new Holder(tokenId, expiresAt, now, account);
        }
    }

    private final JdbcClient jdbc;
    private final AccountChanges changes;

    public ApiTokens(JdbcClient jdbc, AccountChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** A new token in plain text, to be shown once to its holder. */
    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash under which a token is stored and looked up. */
    public static String hashOf(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public void issue(UUID id, String username, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO api_token (id, username, name, token_hash, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, username, name, tokenHash, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .update();
    }

    public Optional<String> holderOf(UUID id) {
        return jdbc.sql("SELECT username FROM api_token WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public void revoke(UUID id, Instant at) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), id)
                .update();
        changes.changedHere();
    }

    /**
     * The unrevoked, unexpired token with this hash and its holder's account, in one round trip:
     * every API request whose token is not kept ({@link RecentTokens}) asks this before anything else.
     */
    Optional<Holder> findActive(String tokenHash, Instant now) {
        return jdbc.sql("SELECT api_token.id, api_token.expires_at, api_token.last_used_at, " + Accounts.COLUMNS + """
                         FROM api_token JOIN account USING (username)
                        WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> {
                    var lastUsed = rs.getTimestamp("last_used_at");
                    return new Holder(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("expires_at").toInstant(),
                            lastUsed == null ? null : lastUsed.toInstant(),
                            Accounts.row(rs, n));
                })
                .optional();
    }

    void recordUse(Holder holder, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), holder.tokenId())
                .update();
    }

    /** The account's tokens that still work, newest first. */
    public List<ApiTokenSummary> activeOf(String username, Instant now) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at FROM api_token
                        WHERE username = ? AND revoked_at IS NULL AND expires_at > ?
                        ORDER BY created_at DESC""")
                .params(username, Timestamp.from(now))
                .query((rs, n) -> {
                    var lastUsed = rs.getTimestamp("last_used_at");
                    return new ApiTokenSummary(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("expires_at").toInstant(),
                            lastUsed == null ? null : lastUsed.toInstant());
                })
                .list();
    }
}
