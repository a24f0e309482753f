package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One of Lotse's mains (all-in-one, command side or query side) as an operating-system process of
 * its own, on a database of the test's embedded PostgreSQL and with the {@link TestEnvironment}'s
 * secrets, so that a test can kill it the way a crash or the kernel's OOM killer does: SIGKILL, no
 * shutdown hook, nothing flushed. The JVM gets the test's class path and flags that favour a quick
 * start over peak speed, since CI has two cores; its output goes to a log file that a failed
 * assertion quotes.
 */
final class LotseProcess implements AutoCloseable {

    /** How a JVM ends that was killed by signal 9 (128 + 9); a SIGTERM would end it with 143. */
    static final int KILLED_BY_SIGKILL = 137;

    /** How a JVM ends that was stopped by signal 15 (128 + 15), once its shutdown hooks have run. */
    static final int STOPPED_BY_SIGTERM = 143;

    /** The JVM the tests run on, for every process they start. */
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The all-in-one's JVM options, which the README's run command gives it. */
    static final Path JVM_OPTIONS = Path.of("jvm.options").toAbsolutePath();

    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private LotseProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code main} and returns at once; {@link #awaitStarted()} waits until it serves. */
    static LotseProcess launch(Class<?> main, String name, String databaseUrl, Path workDirectory) {
        return launch(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx384m"),
                main,
                name,
                TestEnvironment.settings(databaseUrl),
                workDirectory);
    }

    /**
     * Starts the README's run: the all-in-one with the JVM options it documents
     * ({@code app/jvm.options}), on its own embedded PostgreSQL in the data directory, unpacking the
     * PostgreSQL binaries into a temporary directory of its own as on a machine that never ran
     * Lotse.
     */
    static LotseProcess launchReadmeRun(String name, Path workDirectory) {
        var temporary = workDirectory.resolve(name + "-tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(
                List.of("@" + JVM_OPTIONS, "-Djava.io.tmpdir=" + temporary),
                LotseApplication.class,
                name,
                Map.of("lotse.demo-password", TestEnvironment.PASSWORD),
                workDirectory);
    }

    private static LotseProcess launch(
            List<String> jvmOptions, Class<?> main, String name, Map<String, String> settings, Path workDirectory) {
        var port = freePort();
        var log = workDirectory.resolve(name + ".log");
        var command = new ArrayList<String>();
        command.add(JAVA);
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                "--server.port=" + port,
                "--lotse.data-dir=" + dataDirectory(name, workDirectory),
                "--spring.main.banner-mode=off"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            RUNNING.add(process);
            return new LotseProcess(name, process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    static Path dataDirectory(String name, Path workDirectory) {
        return workDirectory.resolve(name + "-data");
    }

    /** Starts {@code main} and waits until it serves. */
    static LotseProcess start(Class<?> main, String name, String databaseUrl, Path workDirectory) {
        return launch(main, name, databaseUrl, workDirectory).awaitStarted();
    }

    /** Waits until the process answers its health check with UP; fails at once if it ended. */
    LotseProcess awaitStarted() {
        try {
            await(name + " started")
                    .atMost(START_LIMIT)
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    name + " ended with " + process.exitValue() + ":\n" + logTail());
                        }
                        assertThat(healthStatus()).isEqualTo(200);
                    });
        } catch (ConditionTimeoutException notStarted) {
            throw new AssertionError(name + " did not start:\n" + logTail(), notStarted);
        }
        return this;
    }

    Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }

    /** The name under which Axon's token store and Quartz know this JVM: {@code pid@host}. */
    String nodePrefix() {
        return process.pid() + "@";
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it, and proof that it ended on it. */
    void stop() {
        process.destroy();
        awaitEnd("SIGTERM");
        assertThat(process.exitValue())
                .as(name + " ended on SIGTERM\n" + logTail())
                .isEqualTo(STOPPED_BY_SIGTERM);
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), and proof that it was one. */
    void kill() {
        process.destroyForcibly();
        awaitEnd("SIGKILL");
        assertThat(process.exitValue()).as(name + " was killed by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
    }

    private void awaitEnd(String signal) {
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as(name + " ended after " + signal)
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
    }

    /** The last lines the process wrote, for an assertion's message. */
    String logTail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private int healthStatus() {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
