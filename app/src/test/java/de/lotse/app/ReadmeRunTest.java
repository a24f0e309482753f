package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

/**
 * The README's run on a machine that never ran Lotse. Every other test starts Lotse on a database
 * the tests prepared, with their own JVM options, on PostgreSQL binaries an earlier test unpacked;
 * the README's run unpacks them itself, with the JVM options of {@code app/jvm.options}.
 */
class ReadmeRunTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void startsOnAFreshMachineAndStopsItsDatabaseWithIt() {
        try (var lotse = LotseProcess.launchReadmeRun("readme-run", work).awaitStarted()) {
            var me = lotse.api("coach1").get("/api/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            lotse.stop();
        }
        assertThat(LotseProcess.dataDirectory("readme-run", work).resolve("postgres/postmaster.pid"))
                .as("the embedded PostgreSQL stopped with Lotse")
                .doesNotExist();
    }

    /**
     * Killed (SIGKILL: the kernel's OOM killer, a crash), Lotse leaves its embedded PostgreSQL
     * running on the data directory; the next start stops that server and starts its own instead
     * of refusing the directory. Nothing recorded before the kill is lost.
     */
    @Test
    void startsAgainOnItsDataAfterBeingKilled() throws IOException {
        String participant;
        try (var lotse = LotseProcess.launchReadmeRun("killed", work).awaitStarted()) {
            var enrolled = lotse.api("coach1").post("/api/participants", JourneyData.intake("Kira", "Kill"));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            participant = enrolled.json().get("id").asString();
            lotse.kill();
        }
        var pidFile = LotseProcess.dataDirectory("killed", work).resolve("postgres/postmaster.pid");
        var leftover = ProcessHandle.of(
                Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
        assertThat(leftover)
                .as("PostgreSQL outlived the killed Lotse")
                .hasValueSatisfying(server -> assertThat(server.isAlive()).isTrue());

        try (var lotse = LotseProcess.launchReadmeRun("killed", work).awaitStarted()) {
            assertThat(leftover.orElseThrow().isAlive())
                    .as("the left-over server was stopped")
                    .isFalse();
            var coach = lotse.api("coach1");
            await("the participant enrolled before the kill")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(coach.get("/api/participants/" + participant)
                                    .status())
                            .isEqualTo(200));
            lotse.stop();
        }
        assertThat(pidFile).as("the new server stopped with Lotse").doesNotExist();
    }

    /**
     * The embedded PostgreSQL's first start writes every file of its binaries at once, each through
     * a temporary direct buffer of the file's size. When they did not fit under the ceiling (32 MB),
     * the writing thread died of an OutOfMemoryError and the start waited for it for ever: on a
     * fresh machine whose disk was slow enough to have most files in flight together, so the start
     * above passes with that ceiling on a quick disk, and this test checks the arithmetic instead.
     * The binaries are those of Linux on x86-64, which CI and the container image unpack.
     */
    @Test
    void theDirectMemoryCeilingHoldsEveryPostgresFileAtOnce() throws IOException, InterruptedException {
        long unpacked = 0;
        try (var archive = new TarArchiveInputStream(
                new XZInputStream(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")))) {
            for (var entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                unpacked += entry.isFile() ? entry.getSize() : 0;
            }
        }
        var ceiling = directMemoryCeiling();
        assertThat(unpacked).as("PostgreSQL's binaries unpacked").isGreaterThan(40 * MIB);
        assertThat(ceiling).as("app/jvm.options' direct memory ceiling").isGreaterThan(unpacked);
    }

    /** The direct memory ceiling {@code app/jvm.options} sets, in bytes, as the JVM reads the file. */
    private static long directMemoryCeiling() throws IOException, InterruptedException {
        var jvm = new ProcessBuilder(
                        LotseProcess.JAVA, "@" + LotseProcess.JVM_OPTIONS, "-XX:+PrintFlagsFinal", "-version")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> flags;
        try (var output = jvm.inputReader()) {
            flags = output.lines().toList();
        }
        jvm.waitFor();
        // "    uint64_t MaxDirectMemorySize      = 100663296      {product} {command line}"
        return flags.stream()
                .map(line -> line.strip().split("\\s+"))
                .filter(flag -> flag.length > 3 && flag[1].equals("MaxDirectMemorySize"))
                .mapToLong(flag -> Long.parseLong(flag[3]))
                .findFirst()
                .orElseThrow();
    }
}
