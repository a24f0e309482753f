package de.lotse.query.pathways;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.query.esf.Participation;
import de.lotse.query.esf.ParticipationFold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant's row of {@code pathway_participant} while a unit of work applies events to it:
 * the participation folded so far, the sequence of the version stored as current, and the
 * versions this unit of work produced, to be written with it. An event that changes nothing the
 * analytics count (a housing situation, a name) produces no version.
 */
final class PathwayState {

    /** What the analytics counted of the participant from the instant an event was recorded. */
    record Version(long sequence, Instant recordedFrom, PathwaySummary summary) {}

    private Participation participation;
    private PathwaySummary summary;
    private final @Nullable Long storedVersion;
    private final List<Version> unwritten = new ArrayList<>();

    private PathwayState(Participation participation, @Nullable Long storedVersion) {
        this.participation = participation;
        this.summary = PathwaySummary.of(participation);
        this.storedVersion = storedVersion;
    }

    /** The state as stored, whose current version is the one of {@code storedVersion}. */
    static PathwayState stored(Participation participation, @Nullable Long storedVersion) {
        return new PathwayState(participation, storedVersion);
    }

    /** The state after the participant's first event, which is their first version. */
    static PathwayState first(Participation participation, long sequence, Instant recordedAt) {
        var state = new PathwayState(participation, null);
        state.unwritten.add(new Version(sequence, recordedAt, state.summary));
        return state;
    }

    /** Folds the event on, adding a version if it changes what the analytics count. */
    PathwayState apply(ParticipantEvent event, long sequence, Instant recordedAt) {
        var fold = ParticipationFold.resume(participation);
        fold.apply(event);
        participation = fold.result().orElse(participation);
        var next = PathwaySummary.of(participation);
        if (!next.equals(summary)) {
            summary = next;
            unwritten.add(new Version(sequence, recordedAt, next));
        }
        return this;
    }

    Participation participation() {
        return participation;
    }

    @Nullable Long storedVersion() {
        return storedVersion;
    }

    List<Version> unwritten() {
        return List.copyOf(unwritten);
    }

    /** The sequence of the version that is current once this state is written. */
    @Nullable Long currentVersion() {
        return unwritten.isEmpty()
                ? storedVersion
                : unwritten.get(unwritten.size() - 1).sequence();
    }
}
