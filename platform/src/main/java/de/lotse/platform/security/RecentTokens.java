package de.lotse.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.lotse.platform.security.ApiTokens.Holder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The API tokens requests presented lately, as last found active with their accounts, so that a
 * script's requests do not each read its token and account from the database: that look-up was
 * much of what every API request cost (32 clients on two cores, two rounds each, without and with
 * it: {@code GET /api/participants/{id}} 791 → 1,084 and 872 → 1,138 requests/s, {@code GET /api/me}
 * 1,334 → 2,068 and 1,352 → 1,641). All kept tokens are dropped at
 * any change of any account or token ({@link AccountChanges}), so a revoked token, a disabled
 * account or changed roles take effect with the next request, as when every request read them;
 * nothing is kept while changes cannot be heard, an expired token is never served, and each token
 * is read again a minute after it was kept in any case.
 */
class RecentTokens {

    /** The longest a token is served as kept, should a change ever go unheard. */
    static final Duration KEPT = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final AccountChanges changes;
    private final Cache<String, Holder> kept =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();

    RecentTokens(ApiTokens tokens, AccountChanges changes) {
        this.tokens = tokens;
        this.changes = changes;
        changes.onChange(kept::invalidateAll);
    }

    /** The unrevoked, unexpired token with this hash and its holder's account. */
    Optional<Holder> findActive(String tokenHash, Instant now) {
        if (!changes.listening()) {
            return tokens.findActive(tokenHash, now);
        }
        var holder = kept.getIfPresent(tokenHash);
        if (holder != null && holder.expiresAt().isAfter(now)) {
            return Optional.of(holder);
        }
        var before = changes.count();
        var found = tokens.findActive(tokenHash, now);
        found.ifPresent(fresh -> {
            kept.put(tokenHash, fresh);
            // A change between the read and now may have been dropped before this was kept.
            if (changes.count() != before) {
                kept.invalidate(tokenHash);
            }
        });
        return found;
    }

    /** Writes the token's use if its last written use is a minute old, and remembers it was written. */
    void recordUse(String tokenHash, Holder holder, Instant now) {
        if (holder.useToRecord(now)) {
            tokens.recordUse(holder, now);
            kept.asMap().computeIfPresent(tokenHash, (hash, current) -> current.usedAt(now));
        }
    }
}
