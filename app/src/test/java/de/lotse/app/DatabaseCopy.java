package de.lotse.app;

import de.lotse.platform.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Copies a test database into a new one on the same embedded server, the way the README's backup
 * procedure does: {@code pg_dump --format=custom} and {@code pg_restore}. Zonky's bundle brings only
 * the server, so the client tools come from the machine's {@code PATH}; where they are missing,
 * PostgreSQL copies the database as a template instead, which proves the same about Lotse's data
 * but not the dump format. {@link #method()} says which one ran.
 */
final class DatabaseCopy {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");

    private final Optional<Path> clientTools;

    DatabaseCopy() {
        this.clientTools = clientTools();
    }

    String method() {
        return clientTools.isPresent() ? "pg_dump" : "template";
    }

    /** A new database holding what {@code sourceUrl} held; no connection to the source may be open. */
    String copy(String sourceUrl, Path workDirectory) throws IOException, InterruptedException, SQLException {
        var source = Location.of(sourceUrl);
        if (clientTools.isEmpty()) {
            return copyAsTemplate(sourceUrl, source);
        }
        var targetUrl = TestDatabase.freshUrl();
        var dump = workDirectory.resolve("lotse.dump");
        run(List.of(tool("pg_dump"), "--format=custom", "--no-password", "--file=" + dump, source.libpq()));
        run(List.of(
                tool("pg_restore"),
                "--no-owner",
                "--exit-on-error",
                "--no-password",
                "--dbname=" + Location.of(targetUrl).libpq(),
                dump.toString()));
        return targetUrl;
    }

    private static String copyAsTemplate(String sourceUrl, Location source) throws SQLException {
        var target = source.database() + "_restored";
        try (var connection =
                        DriverManager.getConnection(sourceUrl.replace("/" + source.database() + "?", "/postgres?"));
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + target + " TEMPLATE " + source.database());
        }
        return sourceUrl.replace("/" + source.database() + "?", "/" + target + "?");
    }

    private String tool(String name) {
        return clientTools.orElseThrow().resolve(name).toString();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
    }

    private static Optional<Path> clientTools() {
        var path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (var directory : path.split(File.pathSeparator)) {
            var dir = Path.of(directory);
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private record Location(String host, String port, String database) {

        static Location of(String jdbcUrl) {
            var matcher = JDBC_URL.matcher(jdbcUrl);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
            }
            return new Location(matcher.group(1), matcher.group(2), matcher.group(3));
        }

        String libpq() {
            return "postgresql://" + host + ":" + port + "/" + database + "?user=postgres";
        }
    }
}
