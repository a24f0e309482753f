package de.lotse.platform.messaging;

import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PersonalDataCipher.OpenedWith;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.serialization.SerializedType;
import org.jspecify.annotations.Nullable;

/**
 * The events and metadata lately read from the store, decoded, by their stored form. Every read
 * model runs in a processor of its own and reads every event for itself: without this each of
 * them parsed the same JSON and decrypted the same fields again, which was a third of a live
 * catch-up's time in the profile of {@code bench/}. Processors that read the same stretch of the
 * stream within a few thousand events of each other now decode it once. Sharing the decoded
 * object is safe because events are records of immutable values.
 *
 * <p>A decoded event holding personal data in plain text is served only while the participant's
 * key is the one it was decrypted with ({@link PersonalDataCipher#stillOpens}), so an erasure
 * takes effect on this cache exactly when it takes effect on the key cache; after it the event is
 * decoded again and reads as erased.
 *
 * <p>The oldest entry goes first. The readers move along the stream, each reads an event once and
 * then no more, so the latest events are the ones to keep. (Caffeine, tried first, admits by how
 * often an entry was read: it kept the events every reader had finished with and turned the
 * newest away.)
 */
final class DecodedEvents {

    private final int size;
    private final Map<StoredForm, Decoded> entries = new ConcurrentHashMap<>();
    private final Queue<StoredForm> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Keeps up to {@code size} decoded events; 0 keeps none. */
    DecodedEvents(int size) {
        this.size = size;
    }

    /** The object decoded from this stored form before, if it may still be read as it was. */
    @Nullable Object readable(StoredForm stored, PersonalDataCipher cipher) {
        var decoded = entries.get(stored);
        if (decoded == null) {
            return null;
        }
        var openedWith = decoded.openedWith();
        return openedWith == null || cipher.stillOpens(openedWith) ? decoded.value() : null;
    }

    /**
     * Remembers what {@code stored} was decoded to, and with which participant's key if it held
     * personal data in plain text.
     */
    void remember(StoredForm stored, Object value, @Nullable OpenedWith openedWith) {
        if (size == 0) {
            return;
        }
        var decoded = new Decoded(value, openedWith);
        if (entries.put(stored, decoded) != null) {
            return; // decoded again: read beside another reader, or no longer readable as it was
        }
        oldestFirst.add(stored);
        if (count.incrementAndGet() > size) {
            var oldest = oldestFirst.poll();
            if (oldest != null) {
                entries.remove(oldest);
                count.decrementAndGet();
            }
        }
    }

    private record Decoded(Object value, @Nullable OpenedWith openedWith) {}

    /** An event or its metadata as stored: its type, revision and bytes. */
    static final class StoredForm {

        private final String type;
        private final @Nullable String revision;
        private final byte[] content;
        private final int hash;

        StoredForm(SerializedType type, byte[] content) {
            this.type = type.getName();
            this.revision = type.getRevision();
            this.content = content;
            this.hash = 31 * Objects.hash(this.type, revision) + Arrays.hashCode(content);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredForm that
                    && hash == that.hash
                    && type.equals(that.type)
                    && Objects.equals(revision, that.revision)
                    && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
