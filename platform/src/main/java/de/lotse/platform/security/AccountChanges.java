package de.lotse.platform.security;

import de.lotse.platform.persistence.AfterCommit;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Says when an account or an API token changed, in this process or in any other Lotse process on
 * the same database, so that what was kept of a sign-in can be dropped. A trigger (migration V86)
 * notifies the channel {@value #CHANNEL} with every statement that changes what a sign-in decides
 * on; PostgreSQL delivers the notification once that change commits, to every session listening,
 * and a thread here listens on a connection of its own. A change made in this process is announced
 * as soon as its own transaction commits, too, so that the next request already finds a revoked
 * token gone, before the notification has come round.
 *
 * <p>A cache may keep anything only while this {@link #listening() listens}: notifications sent
 * while the connection is broken are lost, so a broken connection counts as a change, and nothing
 * may be kept until a new one listens. The connection is checked with a query whenever it has
 * been quiet for {@link #QUIET}, so that one lost without an error is noticed within seconds.
 */
@Component
public class AccountChanges implements SmartLifecycle {

    static final String CHANNEL = "lotse_account_change";

    /** How long the listener waits for a notification before it checks that its connection still works. */
    static final Duration QUIET = Duration.ofSeconds(5);

    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(AccountChanges.class);

    private final DataSource dataSource;
    private final AtomicLong changes = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread thread;

    public AccountChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the listener after every change; it must be quick, as it runs on the thread that saw it. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Whether changes are heard now; while not, nothing about accounts and tokens may be kept. */
    boolean listening() {
        return listening;
    }

    /** A number that grows with every change: equal before and after a read means none came between. */
    long count() {
        return changes.get();
    }

    /** Announces a change of this process when its transaction commits, or at once outside one. */
    void changedHere() {
        AfterCommit.run(this::changed);
    }

    private void changed() {
        changes.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "account-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        changed();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var lost = false;
        while (running) {
            try (var connection = dataSource.getConnection()) {
                // a query or wait that hangs on a connection lost without an error ends with one
                connection.setNetworkTimeout(
                        Runnable::run, (int) QUIET.multipliedBy(2).toMillis());
                var postgres = connection.unwrap(PGConnection.class);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    listening = true;
                    if (lost) {
                        log.info("Listening for account changes again; signed-in tokens are kept again");
                        lost = false;
                    }
                    while (running) {
                        var notifications = postgres.getNotifications((int) QUIET.toMillis());
                        if (notifications != null && notifications.length > 0) {
                            changed();
                        } else {
                            statement.execute("SELECT 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                changed();
                if (!running) {
                    return;
                }
                if (!lost) {
                    log.warn(
                            "Lost the connection that hears of account changes ({}); every API request reads its"
                                    + " token from the database until it is back",
                            e.getMessage());
                    lost = true;
                }
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
