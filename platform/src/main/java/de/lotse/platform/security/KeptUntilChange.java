package de.lotse.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What a request read of the accounts or API tokens, kept so that the next requests need not read
 * it again, until any account or token changes ({@link AccountChanges}): in this process as soon
 * as the change commits, in any other on the same database when PostgreSQL's notification comes.
 * Nothing is kept while changes cannot be heard, and everything is read again {@link #AT_MOST} after
 * it was kept in any case, should a change ever go unheard. Only what was found is kept.
 */
final class KeptUntilChange<K, V> {

    /** The longest anything is served as kept. */
    static final Duration AT_MOST = Duration.ofMinutes(1);

    private final AccountChanges changes;
    private final Cache<K, V> kept;

    KeptUntilChange(AccountChanges changes) {
        this.changes = changes;
        this.kept = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(AT_MOST)
                .build();
        changes.onChange(kept::invalidateAll);
    }

    /** The value kept for {@code key} if it is {@code usable}, else what {@code read} finds now, kept from then on. */
    Optional<V> get(K key, Predicate<V> usable, Function<K, Optional<V>> read) {
        if (!changes.listening()) {
            return read.apply(key);
        }
        var value = kept.getIfPresent(key);
        if (value != null && usable.test(value)) {
            return Optional.of(value);
        }
        var before = changes.count();
        var found = read.apply(key);
        found.ifPresent(fresh -> {
            kept.put(key, fresh);
            // A change between the read and now may have been dropped before this was kept.
            if (changes.count() != before) {
                kept.invalidate(key);
            }
        });
        return found;
    }

    /** Changes the value kept for {@code key}, if one is. */
    void update(K key, UnaryOperator<V> change) {
        kept.asMap().computeIfPresent(key, (unchanged, current) -> change.apply(current));
    }
}
