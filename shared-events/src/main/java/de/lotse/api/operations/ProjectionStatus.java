package de.lotse.api.operations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far one read model's projection has read: {@code position} is the global index of the last
 * event its slowest segment has applied, {@code head} that of the newest stored event, and
 * {@code progress} their ratio from 0 to 1 (1 when nothing is stored yet). While the read model is
 * being rebuilt, {@code rebuild} tells how far the rebuild has got; the old rows are served until
 * it has caught up. While the answering instance cannot apply an event, {@code stalled} says since
 * when and why; the read model then stands still at that event and retries it. {@code parked}
 * counts the events parked in the read model's dead-letter queue: events it could not apply, and
 * the later events of the same participants, which wait behind them (see {@link ParkedEvent}).
 * When the latest rebuild the answering instance ran failed, {@code rebuildFailed} says when and
 * why; the read model then goes on serving its old rows, and the next rebuild clears it.
 */
public record ProjectionStatus(
        String name,
        long position,
        long head,
        double progress,
        boolean replaying,
        @Nullable Rebuild rebuild,
        @Nullable Stalled stalled,
        long parked,
        @Nullable RebuildFailed rebuildFailed) {

    /** Since when the processor fails, and the latest error it failed with. */
    public record Stalled(Instant since, String error) {}

    /** When a rebuild gave up, and the error it gave up with. */
    public record RebuildFailed(Instant at, String error) {}

    /** How far a running rebuild has read, and how many events it has applied so far. */
    public record Rebuild(long position, double progress, long eventsApplied) {}

    /** The ratio of {@code position} to {@code head}, kept within 0 and 1; 1 for an empty stream. */
    public static double progressOf(long position, long head) {
        if (head <= 0) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) position / head));
    }
}
