package de.lotse.web.system;

import de.lotse.api.operations.FindReadModelsCaughtUp;
import de.lotse.api.operations.FindStoredPosition;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Read views trail the event store by a moment. A page that sends a command marks where the store
 * stood before it and, once the command is carried out, waits until every read model has applied
 * the events stored since, so that it shows what the user just did and not some earlier state; if
 * the read models have not caught up by then, the page shows what there is rather than keep the
 * user waiting.
 *
 * <p>It waits for the command's own events rather than for the view to change, because a view can
 * change for another reason first: a browser test once saw a unit still "nicht verfügbar" after
 * opening a vacancy, the page having stopped at an earlier change.
 */
@Component
public class CatchUp {

    /**
     * A read model applies an event within a few hundred milliseconds when the server is idle;
     * busy, it can trail by seconds. Only a page whose read models have not caught up waits this long.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static final Duration PAUSE = Duration.ofMillis(20);

    private final Gateways gateways;

    CatchUp(Gateways gateways) {
        this.gateways = gateways;
    }

    /** Where the event store stands before a command: the command's events come after it. */
    record Mark(long position) {}

    Mark mark() {
        return new Mark(storedPosition());
    }

    /**
     * Sends the command as {@link Gateways#send} does and, once it is carried out, waits for its
     * events; a refused command is answered at once.
     */
    public Optional<Rejection> send(Object command) {
        var before = mark();
        var rejection = gateways.send(command);
        if (rejection.isEmpty()) {
            await(before);
        }
        return rejection;
    }

    /** Waits until every read model has applied the events stored since {@code before}, or the patience runs out. */
    void await(Mark before) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        var caughtUp = new FindReadModelsCaughtUp(before.position(), Math.max(before.position(), storedPosition()));
        while (!gateways.ask(caughtUp, Boolean.class) && System.nanoTime() < deadline && paused()) {
            // asks again after the pause
        }
    }

    private long storedPosition() {
        return gateways.ask(new FindStoredPosition(), Long.class);
    }

    private static boolean paused() {
        try {
            Thread.sleep(PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
