package de.lotse.bench;

import de.lotse.api.operations.ProjectionStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark (see bench/README.md): starts an embedded PostgreSQL and Lotse on it, generates
 * the participants' events straight into the event store while the live processors are stopped,
 * lets them catch up, times the ESF report and the pathway analytics at the requested participant
 * counts, then replays
 * every read model that can be rebuilt, one after the other, and writes what it measured to
 * {@code bench/results/<date>-results.md}.
 */
public final class Benchmark {

    private final Settings settings;
    private final Results results;

    private Benchmark(Settings settings) {
        this.settings = settings;
        this.results = new Results(settings);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        var settings = Settings.from(args);
        var written = settings.httpLoad() ? new HttpLoad(settings).run() : new Benchmark(settings).run();
        System.out.println("Results written to " + written.toAbsolutePath());
        // Axon leaves a non-daemon janitor thread behind after its shutdown; the run is over.
        System.exit(0);
    }

    private java.nio.file.Path run() throws Exception {
        var dataDirectory = Files.createTempDirectory("lotse-bench-");
        try (var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .start();
                var context = start(postgres)) {
            var jdbc = context.getBean(JdbcClient.class);
            describeDatabase(jdbc);
            var probe = ReplayProbe.of(context);
            generate(context, probe);
            if (settings.replays()) {
                replayEverything(probe);
            }
        }
        return results.write();
    }

    private ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        return BenchApplication.start(postgres, Secrets.random(), settings.lotseSettings());
    }

    private void generate(ConfigurableApplicationContext context, ReplayProbe probe) throws InterruptedException {
        var reports = new ReportProbe(context.getBean(QueryGateway.class));
        var population = new Population(context, probe, settings);
        var stops = new ArrayList<>(settings.esfAt());
        if (stops.isEmpty() || stops.get(stops.size() - 1) != settings.participants()) {
            stops.add(settings.participants());
        }
        for (var stop : stops) {
            results.generated(population.growTo(stop));
            if (settings.esfAt().contains(stop)) {
                measureReports(reports, stop);
            }
        }
    }

    private void measureReports(ReportProbe reports, long participants) {
        System.out.printf("Timing the reports at %,d participants%n", participants);
        var from = LocalDate.of(2025, 1, 1);
        var to = LocalDate.of(2025, 12, 31);
        // A report is timed only where its read model ran: a stopped one would answer from nothing.
        if (settings.runs("esf-facts")) {
            // As of the moment after the burst: every fact is known by then, so the report reads
            // them all and also decides, for each, which version was known at that time.
            var asOf = Instant.now();
            results.reported(reports.esf("all periods", participants, null, null, null));
            results.reported(reports.esf("all periods, `asOf` after the burst", participants, null, null, asOf));
            results.reported(reports.esf("entries in 2025", participants, from, to, null));
            results.reported(reports.esf("entries in 2025, `asOf` after the burst", participants, from, to, asOf));
        }
        if (settings.runs("pathways")) {
            results.reported(reports.pathways("all periods", participants, null, null));
            results.reported(reports.pathways("entries in 2025", participants, from, to));
        }
    }

    private void replayEverything(ReplayProbe probe) throws InterruptedException {
        for (var name : probe.status().stream()
                .map(ProjectionStatus::name)
                .filter(settings::runs)
                .toList()) {
            System.out.printf("Replaying %s%n", name);
            probe.replay(name).ifPresentOrElse(results::replayed, () -> results.notReplayable(name));
        }
    }

    private void describeDatabase(JdbcClient jdbc) {
        results.database("PostgreSQL: "
                + jdbc.sql("SELECT version()").query(String.class).single() + " (embedded, zonky)");
        for (var setting : List.of("shared_buffers", "synchronous_commit", "fsync", "max_wal_size")) {
            results.database(ReplayProbe.postgresSetting(jdbc, setting));
        }
    }
}
