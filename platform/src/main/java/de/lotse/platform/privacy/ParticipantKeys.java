package de.lotse.platform.privacy;

import de.lotse.platform.persistence.AfterCommit;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One AES data key per participant, kept in {@code participant_key} wrapped by the master key.
 * Destroying the row is the erasure: without it no copy of the personal data can be read again,
 * wherever events were stored, replayed or backed up.
 *
 * <p>Unwrapped keys are cached briefly because every event read needs one. In the all-in-one run
 * {@link #destroy} evicts at once; a separate query-side process forgets a destroyed key when its
 * cache entry expires, after {@link #CACHE_TTL} at the latest.
 */
@Component
public class ParticipantKeys {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 50_000;
    private static final Logger log = LoggerFactory.getLogger(ParticipantKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Cached(SecretKey key, Instant until) {}

    private final JdbcClient jdbc;
    private final SecretKey masterKey;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public ParticipantKeys(JdbcClient jdbc, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.masterKey = properties.key();
    }

    /** The participant's key, created on first use in the caller's transaction. */
    public SecretKey keyFor(UUID participant) {
        return existingKey(participant).orElseGet(() -> create(participant));
    }

    /** The participant's key, or empty once it has been destroyed (or never existed). */
    public Optional<SecretKey> existingKey(UUID participant) {
        var cached = cache.get(participant);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Optional.of(cached.key());
        }
        return stored(participant, "").map(key -> remember(participant, key));
    }

    /**
     * The participant's key as stored, without the cache, share-locked until the caller's
     * transaction ends; empty once destroyed. A copy sealed with it in that transaction cannot
     * outlive an erasure: an erasure running at the same time waits for the transaction to end
     * and then removes the copy, or it came first and there is no key to seal with.
     */
    public Optional<SecretKey> lockedKey(UUID participant) {
        return stored(participant, " FOR SHARE");
    }

    /** Destroys the participant's key; every encrypted field of theirs reads as erased from now on. */
    public boolean destroy(UUID participant) {
        cache.remove(participant);
        evictAfterCommit(participant);
        var deleted = jdbc.sql("DELETE FROM participant_key WHERE participant_id = :id")
                .param("id", participant)
                .update();
        log.info("Data key of participant {} destroyed: {}", participant, deleted > 0);
        return deleted > 0;
    }

    /**
     * A read running beside the erasing transaction may still find the key row and cache it again
     * until that transaction commits; evicting once more after the commit closes that gap.
     */
    private void evictAfterCommit(UUID participant) {
        AfterCommit.run(() -> cache.remove(participant));
    }

    private SecretKey create(UUID participant) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var key = new SecretKeySpec(bytes, "AES");
        jdbc.sql("""
                INSERT INTO participant_key (participant_id, wrapped_key, created_at)
                VALUES (:id, :wrapped, now())
                ON CONFLICT (participant_id) DO NOTHING
                """)
                .param("id", participant)
                .param("wrapped", AesGcm.encrypt(masterKey, bytes, associatedData(participant)))
                .update();
        // A concurrent first writer may have won; its key is the one stored. Not cached: this
        // transaction may still roll back, and a cached key that was never stored would encrypt
        // data nobody could read again.
        return stored(participant, "").orElseThrow();
    }

    /** The stored key; {@code lock} is appended to the query ({@code " FOR SHARE"} or nothing). */
    private Optional<SecretKey> stored(UUID participant, String lock) {
        return jdbc.sql("SELECT wrapped_key FROM participant_key WHERE participant_id = :id" + lock)
                .param("id", participant)
                .query(byte[].class)
                .optional()
                .map(wrapped -> unwrap(participant, wrapped));
    }

    private SecretKey unwrap(UUID participant, byte[] wrapped) {
        try {
            return new SecretKeySpec(AesGcm.decrypt(masterKey, wrapped, associatedData(participant)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The data key of participant " + participant
                            + " cannot be unwrapped: is lotse.master-key the one it was created with?",
                    e);
        }
    }

    private SecretKey remember(UUID participant, SecretKey key) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(participant, new Cached(key, Instant.now().plus(CACHE_TTL)));
        return key;
    }

    static byte[] associatedData(UUID participant) {
        return participant.toString().getBytes(StandardCharsets.UTF_8);
    }
}
