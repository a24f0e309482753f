package de.lotse.query.esf;

import de.lotse.api.participant.ParticipantEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A participant's row of a version table while a unit of work applies events to it: the
 * participation folded so far, the sequence of the version stored as current, and the versions
 * this unit of work produced, to be written with it. An event that changes nothing the read model
 * counts (a housing situation, a name) produces no version.
 *
 * @param <S> what the read model counts of a participation, compared with {@code equals}
 */
final class VersionedParticipation<S> {

    /** What the read model counted of the participant from the instant an event was recorded. */
    record Version<S>(long sequence, Instant recordedFrom, S summary) {}

    private final Function<Participation, S> summarise;
    private Participation participation;
    private S summary;
    private final @Nullable Long storedVersion;
    private final List<Version<S>> unwritten = new ArrayList<>();

    private VersionedParticipation(
            Function<Participation, S> summarise, Participation participation, @Nullable Long storedVersion) {
        this.summarise = summarise;
        this.participation = participation;
        this.summary = summarise.apply(participation);
        this.storedVersion = storedVersion;
    }

    /** The row as stored, whose current version is the one of {@code storedVersion}. */
    static <S> VersionedParticipation<S> stored(
            Function<Participation, S> summarise, Participation participation, @Nullable Long storedVersion) {
        return new VersionedParticipation<>(summarise, participation, storedVersion);
    }

    /** The row after the participant's first event, which is their first version. */
    static <S> VersionedParticipation<S> first(
            Function<Participation, S> summarise, Participation participation, long sequence, Instant recordedAt) {
        var row = new VersionedParticipation<>(summarise, participation, null);
        row.unwritten.add(new Version<>(sequence, recordedAt, row.summary));
        return row;
    }

    /** Folds the event on, adding a version if it changes what the read model counts. */
    VersionedParticipation<S> apply(ParticipantEvent event, long sequence, Instant recordedAt) {
        var fold = ParticipationFold.resume(participation);
        fold.apply(event);
        participation = fold.result().orElse(participation);
        var next = summarise.apply(participation);
        if (!next.equals(summary)) {
            summary = next;
            unwritten.add(new Version<>(sequence, recordedAt, next));
        }
        return this;
    }

    Participation participation() {
        return participation;
    }

    @Nullable Long storedVersion() {
        return storedVersion;
    }

    List<Version<S>> unwritten() {
        return List.copyOf(unwritten);
    }

    /** The sequence of the version that is current once this row is written. */
    @Nullable Long currentVersion() {
        return unwritten.isEmpty()
                ? storedVersion
                : unwritten.get(unwritten.size() - 1).sequence();
    }
}
