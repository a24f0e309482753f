package de.lotse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What authentication costs on the HTTP path, as users feel it: {@code GET /api/caseload} from N
 * concurrent clients against a running Lotse on this machine, once with HTTP Basic and once with
 * an API token, each for a fixed time after a warm-up. It reports throughput and latency
 * percentiles, and, where the server has the {@code lotse.authentication} timer, the mean time
 * authentication itself took per request, read from {@code /actuator/prometheus} before and after.
 *
 * <p>JDK classes only, so it also runs as a single source file against any build (an older one has
 * no tokens and no timer; those rows say so):
 * {@code java bench/src/main/java/de/lotse/bench/SignInProbe.java --password=demo --label=after}.
 * It sends requests only to {@code --base-url} (default {@code http://localhost:8080}) and stops by
 * itself.
 */
public final class SignInProbe {

    private static final Pattern TIMER =
            Pattern.compile("^lotse_authentication_seconds_(sum|count)\\{path=\"([a-z-]+)\",?\\} ([0-9.eE+-]+)$");

    private final Map<String, String> settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> rows = new ArrayList<>();

    private SignInProbe(Map<String, String> settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        var settings = new HashMap<>(Map.of(
                "base-url", "http://localhost:8080",
                "user", "coach1",
                "admin", "admin",
                "clients", "8",
                "seconds", "15",
                "warm-up-seconds", "5",
                "label", "run",
                "results", "bench/results"));
        for (var arg : args) {
            var pair = arg.replaceFirst("^--", "").split("=", 2);
            settings.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        if (!settings.containsKey("password")) {
            throw new IllegalArgumentException("--password=<the password of --user and --admin> is required");
        }
        new SignInProbe(settings).run();
    }

    private void run() throws Exception {
        var basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((settings.get("user") + ":" + settings.get("password"))
                                .getBytes(StandardCharsets.UTF_8));
        var signIn = send("GET", "/api/caseload?size=50", basic, null).statusCode();
        require(signIn == 200, "the user cannot read the caseload: " + signIn);
        measure("HTTP Basic", basic);
        var issued = send("POST", "/api/me/tokens", basic, "{\"name\": \"sign-in-probe\", \"expiresInDays\": 1}");
        if (issued.statusCode() == 201) {
            var token = field(issued.body(), "token");
            measure("API token (Bearer)", "Bearer " + token);
            send("DELETE", "/api/me/tokens/" + field(issued.body(), "id"), basic, null);
        } else {
            rows.add("| API token (Bearer) | – | – | – | – | – | not offered by this build (" + issued.statusCode()
                    + ") |");
        }
        write();
    }

    private void measure(String mode, String authorization) throws Exception {
        load(authorization, Duration.ofSeconds(Long.parseLong(settings.get("warm-up-seconds"))));
        var before = authenticationTimes();
        var took = Duration.ofSeconds(Long.parseLong(settings.get("seconds")));
        var latencies = load(authorization, took);
        var after = authenticationTimes();
        Arrays.sort(latencies.micros);
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %,d | %d | %,.0f | %.2f | %.2f | %s |",
                mode,
                latencies.micros.length,
                latencies.failures,
                latencies.micros.length / (double) took.toSeconds(),
                percentile(latencies.micros, 50) / 1000.0,
                percentile(latencies.micros, 99) / 1000.0,
                meanAuthentication(before, after)));
    }

    private record Latencies(long[] micros, int failures) {}

    private Latencies load(String authorization, Duration duration) throws Exception {
        var clients = Integer.parseInt(settings.get("clients"));
        var pool = Executors.newFixedThreadPool(clients);
        var end = System.nanoTime() + duration.toNanos();
        var futures = new ArrayList<java.util.concurrent.Future<long[]>>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                var mine = new ArrayList<Long>();
                long failures = 0;
                while (System.nanoTime() < end) {
                    var start = System.nanoTime();
                    var status = send("GET", "/api/caseload?size=50", authorization, null)
                            .statusCode();
                    if (status == 200) {
                        mine.add((System.nanoTime() - start) / 1000);
                    } else {
                        failures++;
                    }
                }
                var result = new long[mine.size() + 1];
                result[0] = failures;
                for (int i = 0; i < mine.size(); i++) {
                    result[i + 1] = mine.get(i);
                }
                return result;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        var all = new ArrayList<Long>();
        int failures = 0;
        for (var future : futures) {
            var result = future.get();
            failures += (int) result[0];
            for (int i = 1; i < result.length; i++) {
                all.add(result[i]);
            }
        }
        return new Latencies(all.stream().mapToLong(Long::longValue).toArray(), failures);
    }

    /** Sum and count of the server's authentication timer per path, or empty where it has none. */
    private Map<String, double[]> authenticationTimes() throws Exception {
        var admin = "Basic "
                + Base64.getEncoder()
                        .encodeToString((settings.get("admin") + ":" + settings.get("password"))
                                .getBytes(StandardCharsets.UTF_8));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(settings.get("base-url") + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", admin)
                        .header("Accept", "text/plain")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var times = new HashMap<String, double[]>();
        if (response.statusCode() != 200) {
            return times;
        }
        for (var line : response.body().split("\n")) {
            var match = TIMER.matcher(line.strip());
            if (match.matches()) {
                var entry = times.computeIfAbsent(match.group(2), path -> new double[2]);
                entry["sum".equals(match.group(1)) ? 0 : 1] = Double.parseDouble(match.group(3));
            }
        }
        return times;
    }

    private static String meanAuthentication(Map<String, double[]> before, Map<String, double[]> after) {
        if (after.isEmpty()) {
            return "no timer in this build";
        }
        var parts = new ArrayList<String>();
        after.forEach((path, now) -> {
            var then = before.getOrDefault(path, new double[2]);
            var count = now[1] - then[1];
            if (count > 0) {
                parts.add(String.format(
                        Locale.ROOT, "%s: %.3f ms × %,.0f", path, (now[0] - then[0]) * 1000 / count, count));
            }
        });
        return String.join("; ", parts);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(settings.get("base-url") + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void write() throws IOException {
        var results = Path.of(settings.get("results"));
        Files.createDirectories(results);
        var file = results.resolve(LocalDate.now(ZoneOffset.UTC) + "-sign-in-" + settings.get("label") + ".md");
        var text = String.join(
                "\n",
                "# Sign-in cost on the HTTP path: " + settings.get("label"),
                "",
                "`GET /api/caseload?size=50` as `" + settings.get("user") + "`, " + settings.get("clients")
                        + " concurrent clients, " + settings.get("seconds") + " s per mode after a "
                        + settings.get("warm-up-seconds") + " s warm-up, against " + settings.get("base-url") + ".",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ". Commit: "
                        + settings.getOrDefault("commit", "not given")
                        + ".",
                "",
                "| authentication | requests | failed | requests/s | p50 ms | p99 ms | authentication itself (server timer) |",
                "|---|---|---|---|---|---|---|",
                String.join("\n", rows),
                "");
        Files.writeString(file, text);
        System.out.println(text);
        System.out.println("Written to " + file);
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String field(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        require(matcher.find(), "no " + name + " in " + json);
        return matcher.group(1);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
