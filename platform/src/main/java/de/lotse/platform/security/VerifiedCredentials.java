package de.lotse.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.lotse.platform.privacy.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a few minutes, that a user name and password were verified, so that HTTP Basic,
 * which sends them with every request, costs one slow password hash per account and not one per
 * request. What is kept is a keyed hash (HMAC-SHA256 under a key that lives only in this process's
 * memory) of the password together with the stored hash it was checked against: a changed password
 * never matches an old entry, in whichever process it was changed, and an entry read from a heap
 * dump reveals nothing without the key. Changes made in this process clear the account's entry at
 * once; roles and the enabled state are read from the account on every request anyway.
 */
@Component
class VerifiedCredentials {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Cache<String, byte[]> verified =
            Caffeine.newBuilder().expireAfterWrite(LIFETIME).maximumSize(10_000).build();
    private final SecretKeySpec key;

    VerifiedCredentials() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = HmacSha256.key(bytes);
    }

    boolean wereVerified(StoredAccount account, String password) {
        var known = verified.getIfPresent(account.username());
        return known != null && MessageDigest.isEqual(known, fingerprint(account, password));
    }

    void remember(StoredAccount account, String password) {
        verified.put(account.username(), fingerprint(account, password));
    }

    void forget(String username) {
        verified.invalidate(username);
    }

    private byte[] fingerprint(StoredAccount account, String password) {
        return HmacSha256.of(
                key,
                account.passwordHash().getBytes(StandardCharsets.UTF_8),
                new byte[] {0},
                password.getBytes(StandardCharsets.UTF_8));
    }
}
