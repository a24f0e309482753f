package de.lotse.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HTTP load ({@code --mode=http}, see bench/README.md): what users feel, beside what the
 * database could do at best, in one run on one PostgreSQL.
 *
 * <ol>
 *   <li>Fills the database: {@code --participants} generated routes, appended in one burst while
 *       the live projections are stopped, then the time the projections take to catch up.
 *   <li>Measures the physical limit ({@link PhysicalLimit}) with {@code --clients} clients.
 *   <li>Starts the all-in-one jar as users run it ({@code --jvm} are its JVM options) and drives its
 *       API with API tokens: intake and commands on participants with {@code --stream-length}
 *       events from {@code --clients} clients, the caseload and participant reads from
 *       {@code --read-clients} clients (and the same two as web UI pages, in a browser session
 *       signed in through the login form) and the floor of the stack (a static file from as many
 *       clients as write and as read, the health check and {@code GET /api/me} from as many as
 *       read), the ESF+ report as an evaluator; then its resident memory.
 *   <li>Stops it and PostgreSQL, and starts the all-in-one on the data directory it left, as the
 *       README's run command does, timing the start-up.
 * </ol>
 *
 * <p>With {@code --jfr=<file>} the all-in-one records a Java Flight Recording (profile settings)
 * of the load into that file, for {@code jfr print} or JDK Mission Control.
 */
final class HttpLoad {

    /** The JVM options of the README's run command: the argument file and the class-data-sharing archive. */
    static final String ALL_IN_ONE_JVM = "@app/jvm.options -XX:SharedArchiveFile=app/target/lotse/lotse.jsa";

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);

    private final Settings settings;
    private final int clients;
    private final int readClients;
    private final Duration warmUp;
    private final Duration measured;
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong intakes = new AtomicLong();
    private final String commit = Results.commit();

    HttpLoad(Settings settings) {
        this.settings = settings;
        this.clients = settings.number("clients", 8);
        this.readClients = settings.number("read-clients", 32);
        this.warmUp = Duration.ofSeconds(settings.number("warm-up-seconds", 5));
        this.measured = Duration.ofSeconds(settings.number("seconds", 20));
    }

    Path run() throws Exception {
        var directory = Files.createTempDirectory("lotse-http-load-");
        var secrets = Secrets.random();
        var jar = Path.of(settings.text("app", "app/target/lotse/lotse-app.jar"));
        var jvm = settings.text("jvm", ALL_IN_ONE_JVM);
        var recording = settings.text("jfr", "");
        // Java 17 crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook) when a flight
        // recording starts with a dynamic class-data-sharing archive mapped: a profiled run goes
        // without the archive, which only costs its start-up.
        var profiled = recording.isEmpty()
                ? jvm
                : jvm + " -Xshare:off -XX:StartFlightRecording=settings=profile,filename=" + recording;
        Files.createDirectories(settings.results());
        var log = settings.results().resolve(LocalDate.now(ZoneOffset.UTC) + "-http-load-server.log");
        Files.deleteIfExists(log);
        Load.Measured limit;
        var figures = new ArrayList<String>();
        // A durable PostgreSQL, as the all-in-one runs it: every commit waits for its WAL on disk.
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                // kept for the start of the README's run on it (step 4)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // as the all-in-one sets its embedded PostgreSQL (app's EmbeddedDatabase)
                .setServerConfig("random_page_cost", "1.1")
                .start()) {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            fill(postgres, secrets);
            limit = PhysicalLimit.measure(url, clients, warmUp, measured);
            var arguments = new ArrayList<>(secrets.arguments(url));
            arguments.addAll(settings.lotseSettings());
            try (var server = LotseServer.start(jar, profiled, arguments, log)) {
                figures.add(String.format(
                        Locale.ROOT,
                        "- start-up on a database with %,d participants: %.1f s",
                        settings.participants(),
                        server.startUp().toMillis() / 1000.0));
                drive(server, secrets, limit);
                figures.add("- resident memory (VmRSS) of the all-in-one after the load: " + server.residentMib()
                        + " MiB, " + server.threads() + " threads");
            }
        }
        var embedded = new ArrayList<>(secrets.arguments(""));
        embedded.addAll(settings.lotseSettings());
        embedded.removeIf(argument -> argument.startsWith("--spring.datasource"));
        embedded.add("--lotse.data-dir=" + directory);
        try (var server = LotseServer.start(jar, jvm, embedded, log)) {
            figures.add(String.format(
                    Locale.ROOT,
                    "- start-up of the README's run (embedded PostgreSQL) on the data directory left by the run: %.1f s",
                    server.startUp().toMillis() / 1000.0));
        }
        deleteRecursively(directory);
        return write(jvm, jar, limit, figures);
    }

    private void fill(EmbeddedPostgres postgres, Secrets secrets) throws InterruptedException {
        try (var context = BenchApplication.start(postgres, secrets, settings.lotseSettings())) {
            var jdbc = context.getBean(JdbcClient.class);
            var probe = ReplayProbe.of(context);
            for (var setting : List.of("fsync", "synchronous_commit", "shared_buffers")) {
                lines.add("- " + ReplayProbe.postgresSetting(jdbc, setting));
            }
            var burst = new Population(context, probe, settings).growTo(settings.participants());
            lines.add(String.format(
                    Locale.ROOT,
                    "- live projection catch-up after a burst of %,d events (%,d participants): %.1f s, %,.0f events/s",
                    burst.events(),
                    burst.participants(),
                    burst.catchUp().toMillis() / 1000.0,
                    burst.catchUpEventsPerSecond()));
        }
    }

    private void drive(LotseServer server, Secrets secrets, Load.Measured limit) throws Exception {
        var coach = Api.withToken(server.baseUrl(), "coach1", secrets.password());
        var rows = new ArrayList<Load.Measured>();
        rows.add(limit);
        rows.add(Load.run(
                "intake `POST /api/participants`",
                clients,
                warmUp,
                measured,
                client -> () -> coach.post("/api/participants", intake(client)).statusCode() == 201,
                server::cpu));
        var streams = longStreams(coach);
        var situation = "{\"date\": \"2026-02-01\", \"situation\": \"JOB_SEARCHING\", \"detail\": \"bench\"}";
        rows.add(Load.run(
                "command on a participant with ≥ " + settings.number("stream-length", 200)
                        + " events `POST …/situations`",
                clients,
                warmUp,
                measured,
                client -> () -> coach.post("/api/participants/" + streams.get(client) + "/situations", situation)
                                .statusCode()
                        == 204,
                server::cpu));
        var caseloadPages =
                Math.max(1, coach.read("/api/caseload?size=50").get("total").asLong() / 50);
        var readable = caseloadIds(coach, (int) Math.min(caseloadPages, 20));
        rows.add(reads(
                server,
                "`GET /api/caseload?size=50&page=<random>`",
                readClients,
                coach::get,
                () -> "/api/caseload?size=50&page="
                        + ThreadLocalRandom.current().nextLong(caseloadPages)));
        rows.add(reads(
                server,
                "`GET /api/participants/{id}` (random of the coach's)",
                readClients,
                coach::get,
                () -> "/api/participants/"
                        + readable.get(ThreadLocalRandom.current().nextInt(readable.size()))));
        // The same reads as a coach does them in the web UI: a session signed in through the login form,
        // each page rendered whole (the caseload page shows 20 entries, the participant page the view).
        var browser = Browser.signedIn(server.baseUrl(), "coach1", secrets.password());
        var caseloadScreens = Math.max(1, caseloadPages * 50 / 20);
        rows.add(reads(
                server,
                "web UI: caseload page `GET /caseload?page=<random>`",
                readClients,
                browser::get,
                () -> "/caseload?page=" + ThreadLocalRandom.current().nextLong(caseloadScreens)));
        rows.add(reads(
                server,
                "web UI: participant page `GET /participants/{id}`",
                readClients,
                browser::get,
                () -> "/participants/"
                        + readable.get(ThreadLocalRandom.current().nextInt(readable.size()))));
        // What the stack itself costs on this machine, for the reads above to be measured against: the
        // same clients on the smallest answers there are. A static file is the cheapest answer Lotse's
        // HTTP stack gives (no sign-in, no database), asked by as many clients as the intake above and
        // as the reads; then the health check (no sign-in, one database check) and the caller's own
        // account (the sign-in by API token and one small answer).
        var anyone = Browser.anonymous(server.baseUrl());
        for (var floorClients : List.of(clients, readClients)) {
            rows.add(reads(
                    server,
                    "floor: static file `GET /assets/js/lotse.js` (no sign-in, no database)",
                    floorClients,
                    anyone::get,
                    () -> "/assets/js/lotse.js"));
        }
        rows.add(reads(
                server,
                "floor: `GET /actuator/health` (no sign-in)",
                readClients,
                coach::get,
                () -> "/actuator/health"));
        rows.add(
                reads(server, "floor: `GET /api/me` (sign-in by API token)", readClients, coach::get, () -> "/api/me"));
        var evaluator = Api.withToken(server.baseUrl(), "evaluator", secrets.password());
        var asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        rows.add(reads(server, "ESF+ report `GET /api/reports/esf`", 1, evaluator::get, () -> "/api/reports/esf"));
        rows.add(reads(
                server,
                "ESF+ report `GET /api/reports/esf?asOf=…`",
                1,
                evaluator::get,
                () -> "/api/reports/esf?asOf=" + asOf));
        rows.add(reads(
                server,
                "pathway analytics `GET /api/reports/pathways`",
                1,
                evaluator::get,
                () -> "/api/reports/pathways"));
        rows.forEach(row -> lines.add(row.row(row == limit ? 0 : limit.perSecond())));
    }

    /** How a client asks for a path: over the API with its token, or as a browser with its session. */
    @FunctionalInterface
    private interface Reader {
        HttpResponse<String> get(String path) throws IOException, InterruptedException;
    }

    /** {@code readers} clients, each reading the path {@code path} gives back to back; a read counts when answered 200. */
    private Load.Measured reads(LotseServer server, String what, int readers, Reader reader, Supplier<String> path)
            throws Exception {
        return Load.run(
                what,
                readers,
                warmUp,
                measured,
                client -> () -> reader.get(path.get()).statusCode() == 200,
                server::cpu);
    }

    /** One participant per client with a history of {@code --stream-length} events, built over the API. */
    private List<String> longStreams(Api coach) throws Exception {
        var length = settings.number("stream-length", 200);
        var threads = Executors.newFixedThreadPool(clients);
        try {
            var built = new ArrayList<Future<String>>();
            for (var client = 0; client < clients; client++) {
                var body = intake(client);
                built.add(threads.submit(() -> {
                    var id = coach.create("/api/participants", body);
                    for (var event = 1; event < length; event++) {
                        var date = ENTRY.plusDays(event % 300);
                        var answered = coach.post(
                                "/api/participants/" + id + "/situations",
                                "{\"date\": \"" + date
                                        + "\", \"situation\": \"JOB_SEARCHING\", \"detail\": \"bench\"}");
                        if (answered.statusCode() != 204) {
                            throw new IllegalStateException("situation refused: " + answered.body());
                        }
                    }
                    return id;
                }));
            }
            var ids = new ArrayList<String>();
            for (var id : built) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> caseloadIds(Api coach, int pages) throws IOException, InterruptedException {
        var ids = new ArrayList<String>();
        for (var page = 0; page < pages; page++) {
            for (var item : coach.read("/api/caseload?size=50&page=" + page).get("items")) {
                ids.add(item.get("id").asString());
            }
        }
        return ids;
    }

    /** An intake of a new person: a name no other intake of the run has, so the duplicate check lets it in. */
    private String intake(int client) {
        return """
                {"firstName": "Bench", "lastName": "%s", "dateOfBirth": "1991-03-02", "postcode": "44147",
                 "gender": "FEMALE", "entryDate": "%s", "labourStatus": "LONG_TERM_UNEMPLOYED", "isced": 2,
                 "nationality": "RO", "foreignBackground": "YES", "disability": "NO", "minority": "DECLINED",
                 "homeless": "NO", "rural": false, "consentGiven": true, "coach": "coach1"}""".formatted(letters(intakes.incrementAndGet() * 64 + client), ENTRY);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A number written in letters, for a last name. */
    private static String letters(long number) {
        var name = new StringBuilder();
        for (var rest = number; rest > 0 || name.isEmpty(); rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return "Last" + name;
    }

    private Path write(String jvm, Path jar, Load.Measured limit, List<String> figures) throws IOException {
        var file = settings.results().resolve(LocalDate.now(ZoneOffset.UTC) + "-http-load.md");
        var text = new ArrayList<String>(List.of(
                "# Lotse under HTTP load, " + LocalDate.now(ZoneOffset.UTC),
                "",
                "Code: commit " + commit + ". Machine: "
                        + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + "; PostgreSQL embedded (zonky), its settings below.",
                String.format(
                        Locale.ROOT,
                        "Participants: %,d generated (seed %d); %d writing clients, %d reading clients; %d s measured"
                                + " after %d s warm-up per row.",
                        settings.participants(),
                        settings.seed(),
                        clients,
                        readClients,
                        measured.toSeconds(),
                        warmUp.toSeconds()),
                ("All-in-one: `MALLOC_ARENA_MAX=2 java " + jvm + " -jar " + jar + " "
                                        + String.join(" ", settings.lotseSettings()))
                                .strip()
                        + "` (API tokens, as scripts sign in).",
                "",
                "## Throughput and latency (ratio = requests/s ÷ the physical limit's transactions/s)",
                ""));
        text.addAll(Load.header());
        text.addAll(lines.stream().filter(line -> line.startsWith("|")).toList());
        text.addAll(List.of("", "## Process", ""));
        text.addAll(lines.stream().filter(line -> line.startsWith("-")).toList());
        text.addAll(figures);
        text.add("");
        Files.write(file, text);
        System.out.println(String.join("\n", text));
        return file;
    }
}
