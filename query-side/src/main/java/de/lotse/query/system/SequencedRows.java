package de.lotse.query.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A projection's rows keyed by participant, each remembering the sequence number of the last event
 * applied to it, so that a redelivered event changes nothing. While a unit of work applies a batch
 * (see {@link WriteBehind}), a row is read at most once, changed in memory event by event, and all
 * changed rows are written together just before the unit of work commits.
 *
 * <p>A first row is not looked up: it starts from the participant's first event, so together with
 * the events applied after it in the same unit of work it is complete. The table's write must
 * therefore keep a stored row that has seen more events, e.g. an upsert
 * {@code ... DO UPDATE ... WHERE t.last_sequence < EXCLUDED.last_sequence}.
 *
 * @param <R> a row as the projection changes it in memory
 */
public final class SequencedRows<R> {

    /** A row as the table holds it, with the sequence number of the last event applied to it. */
    public record Stored<R>(R row, long sequence) {}

    /** A row the unit of work changed, to be written, with the last event applied to it. */
    public record Changed<R>(UUID participantId, R row, long sequence) {}

    private static final class Entry<R> {

        R row;
        long sequence;
        boolean changed;

        Entry(R row, long sequence, boolean changed) {
            this.row = row;
            this.sequence = sequence;
            this.changed = changed;
        }
    }

    private final Function<UUID, Optional<Stored<R>>> load;
    private final Consumer<List<Changed<R>>> write;
    /** The rows of the current unit of work; an empty entry for a participant the table does not have. */
    private final WriteBehind<Map<UUID, Optional<Entry<R>>>> rows = new WriteBehind<>(HashMap::new, this::write);

    /**
     * @param load  reads the participant's stored row, locking it until the transaction ends
     * @param write writes the changed rows, keeping any stored row that has seen more events
     */
    public SequencedRows(Function<UUID, Optional<Stored<R>>> load, Consumer<List<Changed<R>>> write) {
        this.load = load;
        this.write = write;
    }

    /** Adds the participant's first row, unless the unit of work already holds one. */
    public void insert(UUID participantId, long sequence, Supplier<R> first) {
        rows.collect(loaded -> {
            if (loaded.getOrDefault(participantId, Optional.empty()).isEmpty()) {
                loaded.put(participantId, Optional.of(new Entry<>(first.get(), sequence, true)));
            }
        });
    }

    /**
     * Adds the participant's first row unless the unit of work or the table holds one already. For a
     * projection whose first event does more than start the row, so that a redelivered first event
     * does nothing at all; it costs a look-up per first event.
     */
    public void insertOnce(UUID participantId, long sequence, Supplier<R> first) {
        rows.collect(loaded -> {
            if (loaded.computeIfAbsent(participantId, this::stored).isEmpty()) {
                loaded.put(participantId, Optional.of(new Entry<>(first.get(), sequence, true)));
            }
        });
    }

    /**
     * Changes the participant's row for an event, unless the row is unknown or has seen that event:
     * {@code change} gives the row after the event, a new value or the same one changed in place.
     */
    public void change(UUID participantId, long sequence, UnaryOperator<R> change) {
        rows.collect(loaded -> loaded.computeIfAbsent(participantId, this::stored)
                .ifPresent(entry -> {
                    if (entry.sequence < sequence) {
                        entry.row = change.apply(entry.row);
                        entry.sequence = sequence;
                        entry.changed = true;
                    }
                }));
    }

    private Optional<Entry<R>> stored(UUID participantId) {
        return load.apply(participantId).map(stored -> new Entry<>(stored.row(), stored.sequence(), false));
    }

    private void write(Map<UUID, Optional<Entry<R>>> loaded) {
        var changed = new ArrayList<Changed<R>>();
        loaded.forEach((participantId, found) -> found.filter(entry -> entry.changed)
                .ifPresent(entry -> changed.add(new Changed<>(participantId, entry.row, entry.sequence))));
        if (!changed.isEmpty()) {
            write.accept(changed);
        }
    }
}
