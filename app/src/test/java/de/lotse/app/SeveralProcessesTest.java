package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.command.CommandSideApplication;
import de.lotse.platform.testing.TestDatabase;
import de.lotse.query.QuerySideApplication;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Lotse split over several JVMs on one PostgreSQL: two command sides and two query sides, each a
 * process of its own. Coaches record situations of one participant at the same moment through
 * both command sides, and no acknowledged update is lost: each is stored once, a lost race is a
 * {@code 409 concurrent-change} that stores nothing, the participant's stream has no gap and the
 * chain verifies. The query side that processes the events is then killed; within 30 seconds the
 * other holds every segment of every read model, and its read models, after more commands, catch
 * up to what a rebuild from the first event gives.
 */
class SeveralProcessesTest {

    /** Two on each command side. */
    private static final int WRITERS = 4;

    private static final int SITUATIONS_PER_WRITER = 8;
    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    private static final String LOST_RACE = "urn:lotse:problem:concurrent-change";

    @TempDir
    Path work;

    private final String database = TestDatabase.freshUrl();
    private final List<LotseProcess> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(LotseProcess::close);
    }

    @Test
    void losesNoUpdateAcrossCommandSidesAndHandsSegmentsOverWhenAQuerySideDies() throws Exception {
        var commandSides = List.of(
                launch(CommandSideApplication.class, "command-a"), launch(CommandSideApplication.class, "command-b"));
        var querySides =
                List.of(launch(QuerySideApplication.class, "query-a"), launch(QuerySideApplication.class, "query-b"));
        processes.forEach(LotseProcess::awaitStarted);

        var participant = enrolWithCoaching(commandSides.get(0).api("coach1"));
        var answers = recordSituationsAtOnce(commandSides, participant, ENTRY.plusDays(1));
        everyAcknowledgedUpdateIsStoredOnce(querySides.get(0), commandSides.get(1), participant, answers);

        var processing = querySideHoldingSegments(querySides);
        var survivor = querySides.get(1 - querySides.indexOf(processing));
        processing.kill();
        survivorHoldsEverySegmentWithin30Seconds(survivor);

        var more =
                recordSituationsAtOnce(commandSides, participant, ENTRY.plusDays(1 + WRITERS * SITUATIONS_PER_WRITER));
        everyAcknowledgedUpdateIsStoredOnce(survivor, commandSides.get(0), participant, concat(answers, more));
        ReadModels.assertEqualToRebuild(survivor.api("auditor"), List.of(participant));
    }

    private LotseProcess launch(Class<?> main, String name) {
        var process = LotseProcess.launch(main, name, database, work);
        processes.add(process);
        return process;
    }

    private static String enrolWithCoaching(Api coach) {
        var id = UUID.randomUUID();
        var enrolled = coach.post("/api/participants", JourneyData.intake(id, "Mira", "Sander", ENTRY));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var coaching = coach.post(
                "/api/participants/" + id + "/stages",
                "{\"stage\": \"COACHING\", \"startDate\": \"%s\"}".formatted(ENTRY));
        assertThat(coaching.status()).as(coaching.toString()).isEqualTo(204);
        return id.toString();
    }

    /**
     * Four writers, two on each command side, record situations of the one participant at once, each
     * on dates of its own; every answer is either 204 or a lost race.
     */
    private static List<Answer> recordSituationsAtOnce(
            List<LotseProcess> commandSides, String participant, LocalDate firstDay) throws Exception {
        var answers = new ConcurrentLinkedQueue<Answer>();
        var executor = Executors.newFixedThreadPool(WRITERS);
        try {
            var writers = IntStream.range(0, WRITERS)
                    .mapToObj(writer -> executor.submit(() -> write(
                            commandSides.get(writer % commandSides.size()).api("coach1"),
                            participant,
                            firstDay.plusDays((long) writer * SITUATIONS_PER_WRITER),
                            answers)))
                    .toList();
            for (var writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(answers)
                .as("each answer is 204 or a lost race")
                .allMatch(answer -> answer.status() == 204 || answer.lostRace());
        return List.copyOf(answers);
    }

    private static Void write(Api coach, String participant, LocalDate firstDate, Queue<Answer> answers) {
        for (var day = 0; day < SITUATIONS_PER_WRITER; day++) {
            var date = firstDate.plusDays(day);
            var response = coach.post(
                    "/api/participants/" + participant + "/situations",
                    "{\"date\": \"%s\", \"situation\": \"JOB_SEARCHING\"}".formatted(date));
            answers.add(new Answer(date, response.status(), response.body()));
        }
        return null;
    }

    /** The history comes from a query side, the chain's verdict from a command side, which keeps the chain. */
    private static void everyAcknowledgedUpdateIsStoredOnce(
            LotseProcess querySide, LotseProcess commandSide, String participant, List<Answer> answers) {
        var history = history(querySide.api("auditor"), participant);
        assertThat(history.stream().map(entry -> entry.get("sequence").asLong()))
                .as("the participant's stream has no gap")
                .containsExactlyElementsOf(
                        LongStream.range(0, history.size()).boxed().toList());
        var stored = history.stream()
                .filter(entry -> entry.get("type").asString().equals("LabourMarketSituationRecorded"))
                .map(entry -> entry.get("payload").get("date").asString())
                .toList();
        var acknowledged = answers.stream()
                .filter(answer -> answer.status() == 204)
                .map(answer -> answer.date().toString())
                .toList();
        assertThat(stored)
                .as("stored situations: the acknowledged ones, each once")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        var verdict = commandSide.api("auditor").get("/api/audit/verify");
        assertThat(verdict.ok().get("valid").asBoolean()).as(verdict.toString()).isTrue();
    }

    private static List<JsonNode> history(Api auditor, String participant) {
        var answer =
                auditor.get("/api/participants/" + participant + "/history").ok();
        return StreamSupport.stream(answer.spliterator(), false).toList();
    }

    /** The query side whose processors hold the most segments of the read models' token store. */
    private LotseProcess querySideHoldingSegments(List<LotseProcess> querySides) {
        await("the query sides' processors claim their segments")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(unclaimedSegments()).isZero());
        var holding = querySides.stream()
                .max((one, other) -> Integer.compare(segmentsHeldBy(one), segmentsHeldBy(other)))
                .orElseThrow();
        assertThat(segmentsHeldBy(holding)).as("segments held by " + holding).isPositive();
        return holding;
    }

    private void survivorHoldsEverySegmentWithin30Seconds(LotseProcess survivor) {
        await("every segment handed to the surviving query side")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(segmentsHeldBy(survivor)).isEqualTo(segments()));
    }

    private int segmentsHeldBy(LotseProcess querySide) {
        return segmentsWhere("owner LIKE '" + querySide.nodePrefix() + "%'");
    }

    private int unclaimedSegments() {
        return segmentsWhere("owner IS NULL");
    }

    private int segments() {
        return segmentsWhere("true");
    }

    /** Segments of the read models' processors in Axon's token store. */
    private int segmentsWhere(String condition) {
        var processors = String.join("', '", ReadModels.NAMES);
        try (var connection = DriverManager.getConnection(database);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM tokenentry WHERE processorname IN ('"
                        + processors + "') AND " + condition)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the token store", e);
        }
    }

    private static List<Answer> concat(List<Answer> first, List<Answer> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** How one situation was answered. */
    private record Answer(LocalDate date, int status, String body) {

        boolean lostRace() {
            return status == 409 && body.contains(LOST_RACE);
        }
    }
}
