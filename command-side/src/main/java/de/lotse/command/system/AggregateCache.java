package de.lotse.command.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.AbstractCacheAdapter;
import org.axonframework.common.caching.Cache.EntryListener;
import org.jspecify.annotations.Nullable;

/**
 * Axon's aggregate cache on Caffeine: the aggregates last commanded, by id, bounded in number and
 * forgotten some time after their last use. Axon's {@code WeakReferenceCache} loses an entry at
 * the next garbage collection once no command holds it, which under load is a matter of
 * milliseconds; a bounded cache keeps a participant between a coach's commands.
 */
final class AggregateCache extends AbstractCacheAdapter<EntryListener> {

    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();
    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    AggregateCache(int size, Duration unusedFor) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfterAccess(unusedFor)
                .executor(Runnable::run)
                .removalListener((key, value, cause) -> {
                    if (key != null && cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    } else if (key != null && cause == RemovalCause.EXPLICIT) {
                        listeners.forEach(listener -> listener.onEntryRemoved(key));
                    }
                })
                .build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> @Nullable V get(K key) {
        var value = entries.getIfPresent(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        var previous = entries.asMap().put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        var created = entries.asMap().putIfAbsent(key, value) == null;
        if (created) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return created;
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.getIfPresent(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    protected EntryListener createListenerAdapter(EntryListener listener) {
        return listener;
    }

    @Override
    protected Registration doRegisterListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
