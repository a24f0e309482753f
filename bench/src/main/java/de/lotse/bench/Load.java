package de.lotse.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * N clients, each on a thread of its own, doing one kind of work back to back for a fixed time
 * after a warm-up whose results are dropped: the JDBC loop of the physical limit and the HTTP calls
 * are measured by the same loop, so their throughputs compare.
 */
final class Load {

    /** One unit of work of a client; true when it succeeded (a 2xx answer, a committed insert). */
    @FunctionalInterface
    interface Work {
        boolean once() throws Exception;
    }

    /**
     * What the clients achieved together in the measured time, and the CPU time the server spent
     * meanwhile (null where there is no server of ours, as for the physical limit).
     */
    record Measured(
            String what,
            int clients,
            long done,
            long failed,
            Duration took,
            long p50Micros,
            long p99Micros,
            @Nullable Duration serverCpu) {

        double perSecond() {
            return done / Math.max(0.001, took.toNanos() / 1e9);
        }

        String row(double limit) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %,d | %,d | %,.0f | %s | %.1f | %.1f | %s |",
                    what,
                    clients,
                    done,
                    failed,
                    perSecond(),
                    limit > 0 ? String.format(Locale.ROOT, "%.3f", perSecond() / limit) : "–",
                    p50Micros / 1000.0,
                    p99Micros / 1000.0,
                    serverCpu == null || done == 0
                            ? "–"
                            : String.format(Locale.ROOT, "%.2f", serverCpu.toNanos() / 1e6 / done));
        }
    }

    private Load() {}

    /** Runs {@code clients} clients; {@code workOf} gives client number i its work. */
    static Measured run(String what, int clients, Duration warmUp, Duration measured, IntFunction<Work> workOf)
            throws Exception {
        return run(what, clients, warmUp, measured, workOf, null);
    }

    /**
     * Runs {@code clients} clients against a server whose CPU time so far {@code serverCpu} tells,
     * read when the measured time begins and once every client has finished: the CPU a request
     * cost the server, which, unlike throughput, does not depend on how much of the machine's
     * cores the server got meanwhile.
     */
    static Measured run(
            String what,
            int clients,
            Duration warmUp,
            Duration measured,
            IntFunction<Work> workOf,
            @Nullable Supplier<Duration> serverCpu)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            var start = System.nanoTime() + warmUp.toNanos();
            var end = start + measured.toNanos();
            var results = new ArrayList<Future<long[]>>();
            for (var client = 0; client < clients; client++) {
                results.add(threads.submit(client(workOf.apply(client), start, end)));
            }
            TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
            var cpuAtStart = serverCpu == null ? null : serverCpu.get();
            var latencies = new ArrayList<long[]>();
            long failed = 0;
            for (var result : results) {
                var client = result.get();
                failed += client[0];
                latencies.add(Arrays.copyOfRange(client, 1, client.length));
            }
            var all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            var cpu = cpuAtStart == null ? null : serverCpu.get().minus(cpuAtStart);
            return new Measured(
                    what, clients, all.length, failed, measured, percentile(all, 50), percentile(all, 99), cpu);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A client's loop: its failures first, then the latency of each success in the measured time. */
    private static Callable<long[]> client(Work work, long start, long end) {
        return () -> {
            var latencies = new long[1024];
            var count = 1;
            long failed = 0;
            for (var began = System.nanoTime(); began < end; began = System.nanoTime()) {
                var succeeded = work.once();
                var finished = System.nanoTime();
                if (began < start) {
                    continue;
                }
                if (!succeeded) {
                    failed++;
                } else {
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = (finished - began) / 1000;
                }
            }
            latencies[0] = failed;
            return Arrays.copyOf(latencies, count);
        };
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    static List<String> header() {
        return List.of(
                "| what | clients | done | failed | per second | ÷ physical limit | p50 ms | p99 ms | server CPU ms per request |",
                "|---|---|---|---|---|---|---|---|---|");
    }
}
