package de.lotse.api.operations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event a read model has parked instead of applying: either it failed to apply, or an earlier
 * event of the same participant is parked, and it waits in order behind that one. The rest of the
 * read model goes on. {@code readModel} is the read model's processing group, {@code participantId}
 * the stream the event belongs to, {@code eventType} the event's name and {@code sequence} its
 * place in the stream. {@code errorType} and {@code error} describe the failure (the innermost
 * cause and the first line of its message) for the event that failed; a waiting event has none.
 * No payload is shown: the payload may hold personal data.
 */
public record ParkedEvent(
        String readModel,
        String participantId,
        String eventType,
        long sequence,
        Instant parkedAt,
        Instant lastTried,
        @Nullable String errorType,
        @Nullable String error) {}
