package de.lotse.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The all-in-one as users run it: {@code java <options> -jar app/target/lotse/lotse-app.jar}, a process
 * of its own, so that its start-up and its resident memory are its own and not the benchmark's.
 * Its output goes to a log file beside the results.
 */
final class LotseServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startUp;

    private LotseServer(Process process, int port, Path log, Duration startUp) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startUp = startUp;
    }

    /**
     * Starts the jar with the JVM options given, the arguments given (the database and secrets),
     * and waits until its health check answers UP; the start-up is the time from the process start
     * until then.
     */
    static LotseServer start(Path jar, String jvmOptions, List<String> arguments, Path log)
            throws IOException, InterruptedException {
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(jvmOptions.split("\\s+"))
                .filter(option -> !option.isBlank())
                .toList());
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // As the README's run command sets it: glibc would otherwise give each of the JVM's many
        // threads a malloc arena of its own, tens of MiB of resident memory that the heap limit
        // does not bound.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        var started = System.nanoTime();
        var process = builder.start();
        var deadline = started + START_LIMIT.toNanos();
        while (!healthy(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Lotse did not start; see " + log.toAbsolutePath());
            }
            Thread.sleep(50);
        }
        return new LotseServer(process, port, log, Duration.ofNanos(System.nanoTime() - started));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Duration startUp() {
        return startUp;
    }

    Path log() {
        return log;
    }

    /** The CPU time the process has used so far, on all its threads. */
    Duration cpu() {
        return process.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("no CPU time for process " + process.pid()));
    }

    /** The process's resident set size ({@code VmRSS}), in MiB. */
    long residentMib() throws IOException {
        return status("VmRSS") / 1024;
    }

    /** How many threads the process has. */
    long threads() throws IOException {
        return status("Threads");
    }

    private long status(String field) throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " for process " + process.pid());
    }

    private static boolean healthy(int port) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops it as a service manager would (SIGTERM) and waits for the end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
