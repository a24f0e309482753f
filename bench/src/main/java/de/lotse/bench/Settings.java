package de.lotse.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one benchmark run does, from its command line ({@code --name=value}): how many participants
 * it generates, at which counts it measures the reports, the random seed, where it writes its
 * results, which read models it keeps running ({@link #runs}) and whether it replays them, and
 * whether it is the engine run or the HTTP load ({@code --mode=http}, whose own options
 * {@link HttpLoad} reads through {@link #number} and {@link #text}).
 */
record Settings(
        int participants,
        List<Integer> esfAt,
        int participantsPerTransaction,
        long seed,
        Path results,
        Map<String, String> given) {

    static Settings from(String[] args) {
        Map<String, String> given = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(
                        arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
        var participants = Integer.parseInt(given.getOrDefault("participants", "8000"));
        var esfAt = Arrays.stream(given.getOrDefault("esf-at", "10000,100000").split(","))
                .map(String::strip)
                .filter(count -> !count.isEmpty())
                .map(Integer::valueOf)
                .filter(count -> count <= participants)
                .sorted()
                .toList();
        return new Settings(
                participants,
                esfAt,
                Integer.parseInt(given.getOrDefault("participants-per-transaction", "200")),
                Long.parseLong(given.getOrDefault("seed", "20261125")),
                Path.of(given.getOrDefault("results", "bench/results")),
                Map.copyOf(given));
    }

    /** Lotse's own settings given to the run ({@code --lotse.…=…}), passed on to every Lotse it starts. */
    List<String> lotseSettings() {
        return given.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("lotse."))
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .sorted()
                .toList();
    }

    /**
     * Whether the run keeps this read model's live processor running: all of them unless
     * {@code --read-models=a,b} names some, so that one read model can be measured at a population
     * whose catch-up by all of them would take hours here.
     */
    boolean runs(String readModel) {
        var chosen = given.get("read-models");
        return chosen == null
                || Arrays.stream(chosen.split(",")).map(String::strip).anyMatch(readModel::equals);
    }

    /** The read models the run keeps, as its results name them. */
    String readModelsRun() {
        return given.getOrDefault("read-models", "all");
    }

    /** Whether the engine run replays its read models at the end; {@code --replays=false} skips it. */
    boolean replays() {
        return !"false".equals(given.get("replays"));
    }

    boolean httpLoad() {
        return "http".equals(given.get("mode"));
    }

    int number(String name, int otherwise) {
        return Integer.parseInt(given.getOrDefault(name, String.valueOf(otherwise)));
    }

    String text(String name, String otherwise) {
        return given.getOrDefault(name, otherwise);
    }
}
