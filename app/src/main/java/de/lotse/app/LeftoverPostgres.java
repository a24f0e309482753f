package de.lotse.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of an earlier Lotse that died without stopping it. PostgreSQL is a process
 * of its own: when Lotse's JVM is killed (SIGKILL, the kernel's OOM killer) or crashes, it keeps
 * running on the data directory, and the next start's server refuses that directory ("lock file
 * postmaster.pid already exists"), which the embedded server only reported as having given up
 * waiting after ten seconds. Such a server is stopped before the new one starts.
 *
 * <p>A server is taken for left over only when {@code postmaster.pid} in Lotse's own data directory
 * names a running {@code postgres} on that directory, and nobody holds the lock the embedded
 * server keeps on the directory while its JVM lives ({@code epg-lock}, released by the operating
 * system when the JVM dies): a second Lotse still running on the same directory keeps its server.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

    /** The lock file zonky's embedded PostgreSQL holds on its data directory while it runs. */
    private static final String EMBEDDED_LOCK = "epg-lock";

    /** An idle server stops in well under a second; its shutdown checkpoint may take longer. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverPostgres() {}

    /** Stops the server an earlier Lotse left running on {@code directory}, if there is one. */
    static void stopIfLeft(Path directory) throws IOException {
        var server = runningServer(directory);
        if (server.isEmpty()) {
            return;
        }
        try (var lockFile = FileChannel.open(
                        directory.resolve(EMBEDDED_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = lockFile.tryLock()) {
            if (lock == null) {
                return;
            }
            stop(server.get(), directory);
        } catch (OverlappingFileLockException heldInThisJvm) {
            // An embedded server of this very JVM runs on the directory: not a left-over.
        }
    }

    private static Optional<ProcessHandle> runningServer(Path directory) throws IOException {
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        // postmaster.pid: the server's process id, then its data directory, then more.
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        if (!sameDirectory(Path.of(lines.get(1).strip()), directory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command ->
                                Path.of(command).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    /** PostgreSQL writes its data directory as it resolved it, without "./" and maybe through links. */
    private static boolean sameDirectory(Path written, Path directory) {
        try {
            return Files.isSameFile(written, directory);
        } catch (IOException gone) {
            return false;
        }
    }

    private static void stop(ProcessHandle server, Path directory) {
        log.warn(
                "PostgreSQL (process {}) still runs on {}: the Lotse that started it ended without stopping it."
                        + " Stopping it before starting anew.",
                server.pid(),
                directory);
        // SIGTERM: PostgreSQL's smart shutdown, which waits for its clients; the dead JVM's
        // connections closed with it.
        server.destroy();
        try {
            server.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException stillRunning) {
            throw new IllegalStateException("PostgreSQL (process " + server.pid() + ") left running on " + directory
                    + " by an earlier Lotse did not stop within " + PATIENCE.toSeconds()
                    + " s; stop it (kill " + server.pid() + ") and start Lotse again");
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not wait for PostgreSQL (process " + server.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while PostgreSQL (process " + server.pid() + ") stopped", e);
        }
        log.info("PostgreSQL (process {}) left by the earlier Lotse stopped", server.pid());
    }
}
