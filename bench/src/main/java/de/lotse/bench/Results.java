package de.lotse.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a run found, written as Markdown to {@code <results>/<date>-results.md}, with the facts of
 * the machine, the JVM and the database it ran on, so that runs on different machines compare.
 */
final class Results {

    private final Settings settings;
    private final String commit = commit();
    private final List<String> database = new ArrayList<>();
    private final List<String> generation = new ArrayList<>();
    private final List<String> replays = new ArrayList<>();
    private final List<ReplayProbe.Replay> rebuilt = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    Results(Settings settings) {
        this.settings = settings;
    }

    void database(String fact) {
        database.add(fact);
    }

    void generated(Population.Burst burst) {
        generation.add(String.format(
                Locale.ROOT,
                "| %,d | %,d | %.1f | %,.0f | %.1f | %,.0f |",
                burst.participants(),
                burst.events(),
                seconds(burst.appending()),
                burst.events() / seconds(burst.appending()),
                seconds(burst.catchUp()),
                burst.catchUpEventsPerSecond()));
    }

    void replayed(ReplayProbe.Replay replay) {
        rebuilt.add(replay);
        replays.add(String.format(
                Locale.ROOT,
                "| %s | %,d | %.1f | %,.0f | %s |",
                replay.name(),
                replay.events(),
                seconds(replay.took()),
                replay.eventsPerSecond(),
                replay.switched() ? "yes" : "NO"));
    }

    void notReplayable(String name) {
        replays.add("| " + name + " | – | – | – | not rebuildable (no ReadModel declared) |");
    }

    void reported(ReportProbe.Latency latency) {
        reports.add(String.format(
                Locale.ROOT,
                "| %s | %,d | %s | %d | %d | %d | %,d |",
                latency.report(),
                latency.participants(),
                latency.question(),
                latency.median().toMillis(),
                latency.fastest().toMillis(),
                latency.slowest().toMillis(),
                latency.counted()));
    }

    Path write() throws IOException {
        Files.createDirectories(settings.results());
        var file = settings.results().resolve(LocalDate.now(ZoneOffset.UTC) + "-results.md");
        var lines = Stream.of(
                        header(),
                        machine(),
                        section(
                                "Event generation (appended to the event store while the live "
                                        + "processors were stopped; live catch-up = until every live processor, started again, had "
                                        + "read up to the head)",
                                "| participants | events | seconds | events/s | live catch-up s | catch-up events/s |",
                                generation),
                        section(
                                "Replay (rebuild from the first event beside the live tables, then switch)",
                                "| read model | events | seconds | events/s | switched |",
                                withAllRebuilt()),
                        section(
                                "Report latency (query gateway, median of 5 after 2 warm-up runs; counted = EECO01's"
                                        + " total for the ESF+ report, the participants who entered for the pathways)",
                                "| report | participants | question | median ms | fastest ms | slowest ms | counted |",
                                reports))
                .flatMap(List::stream)
                .toList();
        Files.write(file, lines);
        return file;
    }

    /**
     * The replays, and below them what rebuilding all of them costs: each read model's seconds per
     * event added up. A rebuild is the fastest way Lotse has to apply events to a read model (one
     * reader, workers on every core, large commits), so no live catch-up of all these read models at
     * once can apply more events per second on this machine, however it reads and dispatches them,
     * unless their own work gets cheaper; the catch-up of the same run stands above to compare.
     */
    private List<String> withAllRebuilt() {
        if (rebuilt.size() < 2) {
            return replays;
        }
        var secondsPerEvent = rebuilt.stream()
                .mapToDouble(replay -> 1 / replay.eventsPerSecond())
                .sum();
        var rows = new ArrayList<>(replays);
        rows.add(String.format(
                Locale.ROOT,
                "| all %d above, one after another: the most a catch-up of them all can apply | – | %.1f | %,.0f | – |",
                rebuilt.size(),
                rebuilt.stream().mapToDouble(replay -> seconds(replay.took())).sum(),
                1 / secondsPerEvent));
        return rows;
    }

    private List<String> header() {
        return List.of(
                "# Lotse benchmark, " + LocalDate.now(ZoneOffset.UTC),
                "",
                String.format(
                        Locale.ROOT,
                        "Participants: %,d (seed %d, %d per transaction). Read models running: %s.",
                        settings.participants(),
                        settings.seed(),
                        settings.participantsPerTransaction(),
                        settings.readModelsRun()),
                "Code: commit " + commit + ".",
                "");
    }

    /**
     * The commit the benchmark was built from, so that a figure can be traced to its code; read
     * when the run starts, before anybody changes the working tree.
     */
    static String commit() {
        try {
            var git = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .redirectErrorStream(true)
                    .start();
            var described = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 && !described.isEmpty() ? described : "unknown (not run in a git checkout)";
        } catch (IOException e) {
            return "unknown (git is not installed)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private List<String> machine() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var runtime = Runtime.getRuntime();
        var facts = new ArrayList<>(List.of(
                "## Machine",
                "",
                "- CPU: " + cpuModel() + ", " + runtime.availableProcessors() + " cores available to the JVM",
                String.format(
                        Locale.ROOT,
                        "- Memory: %.1f GiB total, JVM max heap %.1f GiB",
                        os.getTotalMemorySize() / 1073741824.0,
                        runtime.maxMemory() / 1073741824.0),
                "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch")));
        database.forEach(fact -> facts.add("- " + fact));
        facts.add("");
        return facts;
    }

    private static List<String> section(String title, String head, List<String> rows) {
        var lines = new ArrayList<>(List.of("## " + title, "", head, head.replaceAll("[^|]", "-")));
        lines.addAll(rows.isEmpty() ? List.of("| not measured |") : rows);
        lines.add("");
        return lines;
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toNanos() / 1e9);
    }
}
