package de.lotse.platform.security;

import de.lotse.platform.security.ApiTokens.Holder;
import java.time.Instant;
import java.util.Optional;

/**
 * The API tokens requests presented lately, as last found active with their accounts, so that a
 * script's requests do not each read its token and account from the database: that look-up was
 * much of what every API request cost (32 clients on two cores, two rounds each, without and with
 * it: {@code GET /api/participants/{id}} 791 → 1,084 and 872 → 1,138 requests/s, {@code GET /api/me}
 * 1,334 → 2,068 and 1,352 → 1,641). They are kept until any account or token changes ({@link
 * KeptUntilChange}), so a revoked token, a disabled account or changed roles take effect with the
 * next request, as when every request read them; an expired token is never served, and each token
 * is read again a minute after it was kept in any case.
 */
class RecentTokens {

    private final ApiTokens tokens;
    private final KeptUntilChange<String, Holder> kept;

    RecentTokens(ApiTokens tokens, AccountChanges changes) {
        this.tokens = tokens;
        this.kept = new KeptUntilChange<>(changes);
    }

    /** The unrevoked, unexpired token with this hash and its holder's account. */
    Optional<Holder> findActive(String tokenHash, Instant now) {
        return kept.get(tokenHash, holder -> holder.expiresAt().isAfter(now), hash -> tokens.findActive(hash, now));
    }

    /** Writes the token's use if its last written use is a minute old, and remembers it was written. */
    void recordUse(String tokenHash, Holder holder, Instant now) {
        if (holder.useToRecord(now)) {
            tokens.recordUse(holder, now);
            kept.update(tokenHash, current -> current.usedAt(now));
        }
    }
}
