package de.lotse.web.system;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Read views trail the event store by a moment. After a command, a page reads again for a short
 * while until the view shows the change, so the user sees what they just did; if the view has not
 * caught up by then, the page shows what there is rather than keep the user waiting.
 */
@Component
public class CatchUp {

    /**
     * A view shows a change within a few hundred milliseconds when the server is idle; busy, its
     * processor can trail by seconds (a browser test saw a unit still "nicht verfügbar" after the
     * 2 s this used to be). Only a page whose view has not caught up waits this long.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static final Duration PAUSE = Duration.ofMillis(50);

    /** Reads until {@code caughtUp} holds or the patience runs out, and answers the last reading. */
    public <T> T read(Supplier<T> reading, Predicate<T> caughtUp) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        var value = reading.get();
        while (!caughtUp.test(value) && System.nanoTime() < deadline && paused()) {
            value = reading.get();
        }
        return value;
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
