package de.lotse.query.system;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Changes a projection collects while a unit of work applies its events, and writes in one go
 * just before that unit of work commits, inside its transaction. A processor applies a whole
 * batch of events in one unit of work, and so does each rebuild worker with its share, so a read
 * model that collects its rows here pays a few round trips per batch instead of one or two per
 * event: that is what lets a replay go as fast as PostgreSQL takes rows. The rows still commit
 * together with the processor's token, or not at all.
 *
 * <p>Outside a unit of work (a test calling a handler directly), and in a unit of work that
 * applies its events {@link EventByEvent one by one}, each change is written at once.
 *
 * @param <T> what is collected, for instance the rows per statement or the documents per participant
 */
public final class WriteBehind<T> {

    /** One key per instance: the live projection and its rebuild copy collect apart. */
    private final String key = "write-behind-" + UUID.randomUUID();

    private final Supplier<T> empty;
    private final Consumer<T> write;

    /**
     * @param empty what a unit of work starts collecting into
     * @param write writes what was collected, just before the unit of work commits
     */
    public WriteBehind(Supplier<T> empty, Consumer<T> write) {
        this.empty = empty;
        this.write = write;
    }

    /** Adds a change to what the current unit of work has collected, or writes it at once outside one. */
    public void collect(Consumer<T> change) {
        if (!CurrentUnitOfWork.isStarted() || EventByEvent.isOn()) {
            var alone = empty.get();
            change.accept(alone);
            write.accept(alone);
            return;
        }
        var unitOfWork = CurrentUnitOfWork.get().root();
        T collected = unitOfWork.getOrComputeResource(key, ignored -> {
            var fresh = empty.get();
            unitOfWork.onPrepareCommit(committing -> write.accept(fresh));
            return fresh;
        });
        change.accept(collected);
    }
}
