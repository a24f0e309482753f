package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.platform.testing.TestDatabase;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost when Lotse dies under load. The all-in-one application runs as a
 * process of its own on this test's database while eight clients send commands at once (intakes,
 * stage starts, situations, exits, follow-ups, and for every participant a home offered on a unit
 * of its own), and is killed with SIGKILL in the middle of it, five times in a row, each time
 * started again on the same database. After every restart each command that was answered 2xx is in
 * its participant's history exactly once (one whose answer the kill cut off at most once), every
 * stored event has its chain link and the chain verifies, every follow-up deadline of an exit and
 * every expiry deadline of an offer is still pending or has fired exactly once, and every read
 * model, the housing portfolio among them, catches up to what a rebuild from the first event gives.
 *
 * <p>Both kinds of deadline Lotse schedules are covered: the six-month follow-up of an exit and the
 * expiry of an unanswered offer.
 */
class KillUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final int KILLS = 5;
    private static final int ACKNOWLEDGED_PER_ROUND = 64;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate ENTRY = TODAY.minusYears(1);
    /** An exit whose follow-up fell due two months ago, so its deadline fires as soon as it is set. */
    private static final LocalDate LONG_AGO = TODAY.minusMonths(8);
    /** An exit whose follow-up falls due in five months, so its deadline stays pending. */
    private static final LocalDate LATELY = TODAY.minusMonths(1);
    /** An offer to be answered by yesterday, so its expiry fires as soon as it is set. */
    private static final LocalDate ANSWER_WAS_DUE = TODAY.minusDays(1);
    /** An offer to be answered within a month, so its expiry stays pending. */
    private static final LocalDate ANSWER_DUE = TODAY.plusMonths(1);

    private static final String UNIT = """
            {"label": "Wohnung", "rooms": 2, "areaSqm": 54.5, "rentCold": 380.00, "accessible": false}""";

    @TempDir
    Path work;

    private final String database = TestDatabase.freshUrl();
    private final Queue<Sent> ledger = new ConcurrentLinkedQueue<>();
    private final Queue<Offer> offers = new ConcurrentLinkedQueue<>();
    private @Nullable LotseProcess lotse;
    private @Nullable String property;

    @AfterEach
    void stopLotse() {
        if (lotse != null) {
            lotse.close();
        }
    }

    @Test
    void keepsEveryAcknowledgedCommandAcrossFiveKillsUnderLoad() throws Exception {
        var running = start(0);
        property = created(running.api("housing"), "/api/housing/properties", """
                {"street": "Mallinckrodtstraße", "houseNumber": "12", "postcode": "44147", "city": "Dortmund",
                 "district": "Nordstadt", "holding": "PURCHASED", "owner": "Stiftung Soziale Stadt", "since": "%s"}""".formatted(ENTRY));
        for (var round = 1; round <= KILLS; round++) {
            killUnderLoad(running, round);
            running = start(round);
            var auditor = running.api("auditor");
            everyAcknowledgedCommandIsStoredOnce(auditor);
            everyEventIsChained(auditor);
            noDeadlineIsLost(auditor);
            noOfferExpiryIsLost(auditor);
            ReadModels.assertEqualToRebuild(auditor, participants(), units());
        }
        theLoadReachedEveryKindOfDeadline();
    }

    /** So that the deadline checks above checked something: acknowledged exits of each kind, and follow-ups. */
    private void theLoadReachedEveryKindOfDeadline() {
        var acknowledged = ledger.stream()
                .filter(sent -> sent.outcome() == Outcome.ACKNOWLEDGED)
                .map(sent -> sent.command().eventType() + " " + sent.command().body())
                .toList();
        assertThat(acknowledged)
                .anyMatch(sent -> sent.startsWith("ParticipantExited") && sent.contains(LONG_AGO.toString()))
                .anyMatch(sent -> sent.startsWith("ParticipantExited") && sent.contains(LATELY.toString()))
                .anyMatch(sent -> sent.startsWith("FollowUpRecorded"));
        assertThat(offers)
                .filteredOn(offer -> offer.id() != null)
                .extracting(Offer::respondBy)
                .contains(ANSWER_WAS_DUE, ANSWER_DUE);
    }

    private LotseProcess start(int round) {
        lotse = LotseProcess.start(LotseApplication.class, "lotse-" + round, database, work);
        return lotse;
    }

    private void killUnderLoad(LotseProcess running, int round) throws Exception {
        var before = acknowledged();
        var executor = Executors.newFixedThreadPool(CLIENTS);
        try {
            var clients = IntStream.range(0, CLIENTS)
                    .mapToObj(client -> executor.submit(() -> drive(running.api("coach1"), round, client)))
                    .toList();
            await("round " + round + ": " + ACKNOWLEDGED_PER_ROUND + " commands acknowledged")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> acknowledged() - before >= ACKNOWLEDGED_PER_ROUND
                            || clients.stream().anyMatch(Future::isDone));
            assertThat(clients).as("every client still sending at the kill").noneMatch(Future::isDone);
            running.kill();
            for (var client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(ledger)
                .as("every command sent while Lotse ran is accepted:\n" + running.logTail())
                .noneMatch(sent -> sent.outcome() == Outcome.REFUSED);
    }

    /**
     * One client: participant after participant along their route, until a request gets no answer.
     * The clients start at different variants of the route, so that exits with a deadline long due,
     * with one pending, and with a follow-up recorded are all in flight from the start; so are
     * offers whose answer was due yesterday and offers still open.
     */
    private Void drive(Api coach, int round, int client) {
        for (var number = 0; ; number++) {
            var participant = UUID.randomUUID();
            var variant = client + number;
            for (var command : route(participant, "Round%dClient%dNo%d".formatted(round, client, number), variant)) {
                var sent = command.sendAs(coach);
                ledger.add(sent);
                if (sent.outcome() == Outcome.UNKNOWN) {
                    return null;
                }
                if (command.eventType().equals("ParticipantEnrolled") && !offerAHome(coach, participant, variant)) {
                    return null;
                }
            }
        }
    }

    /**
     * The housing officer adds a unit and opens its vacancy, and the coach offers it to the
     * participant just enrolled: a unit of its own, so that no offer waits for another's answer.
     * False when the kill cut a request off.
     */
    private boolean offerAHome(Api coach, UUID participant, int variant) {
        var housing = coach.as("housing");
        var unit = created(housing, "/api/housing/properties/" + property + "/units", UNIT);
        if (unit == null) {
            return false;
        }
        var vacancy = created(
                housing, "/api/housing/units/" + unit + "/vacancies", "{\"availableFrom\": \"%s\"}".formatted(ENTRY));
        if (vacancy == null) {
            return false;
        }
        var respondBy = variant % 2 == 0 ? ANSWER_WAS_DUE : ANSWER_DUE;
        var offer = created(
                coach,
                "/api/housing/vacancies/" + vacancy + "/offers",
                "{\"participantId\": \"%s\", \"offeredOn\": \"%s\", \"respondBy\": \"%s\"}"
                        .formatted(participant, TODAY.minusDays(5), respondBy));
        offers.add(new Offer(unit, respondBy, offer));
        return offer != null;
    }

    /** The id of what the request created; null when the kill cut it off. A refusal fails the client. */
    private static @Nullable String created(Api api, String path, String body) {
        Api.Response answer;
        try {
            answer = api.post(path, body);
        } catch (UncheckedIOException cutOff) {
            return null;
        }
        if (answer.status() != 201) {
            throw new AssertionError(path + " refused: " + answer);
        }
        return answer.json().get("id").asString();
    }

    private static List<Command> route(UUID id, String lastName, int variant) {
        var path = "/api/participants/" + id;
        var exit = variant % 3 == 0 ? LONG_AGO : LATELY;
        var route = new ArrayList<>(List.of(
                new Command(
                        id,
                        "/api/participants",
                        JourneyData.intake(id, "Kira", lastName, ENTRY),
                        "ParticipantEnrolled"),
                Command.stage(id, "COACHING", ENTRY),
                Command.situation(id, "JOB_SEARCHING", ENTRY.plusDays(7)),
                Command.stage(id, "QUALIFICATION", ENTRY.plusDays(14)),
                Command.situation(id, "EMPLOYED", ENTRY.plusDays(30)),
                new Command(
                        id,
                        path + "/exit",
                        "{\"exitDate\": \"%s\", \"reason\": \"COMPLETED\"}".formatted(exit),
                        "ParticipantExited")));
        if (variant % 3 == 2) {
            route.add(new Command(
                    id,
                    path + "/follow-up",
                    "{\"date\": \"%s\", \"situation\": \"EMPLOYED\", \"betterSituation\": false}".formatted(TODAY),
                    "FollowUpRecorded"));
        }
        return route;
    }

    private void everyAcknowledgedCommandIsStoredOnce(Api auditor) {
        for (var participant : sentByParticipant().entrySet()) {
            var history = history(auditor, participant.getKey());
            for (var entry : history) {
                assertThat(entry.get("hash").asString())
                        .as("the chain link of " + entry)
                        .isNotBlank();
            }
            assertThat(history.stream().map(entry -> entry.get("sequence").asLong()))
                    .as("the stream of " + participant.getKey() + " has no gap")
                    .containsExactlyElementsOf(
                            LongStream.range(0, history.size()).boxed().toList());
            for (var sent : participant.getValue()) {
                var stored = history.stream().filter(sent.command()::isStoredAs).count();
                if (sent.outcome() == Outcome.ACKNOWLEDGED) {
                    assertThat(stored).as("acknowledged " + sent.command()).isEqualTo(1);
                } else {
                    assertThat(stored).as("cut off " + sent.command()).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    private static void everyEventIsChained(Api auditor) {
        var verdict = auditor.get("/api/audit/verify");
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        assertThat(verdict.json().get("valid").asBoolean())
                .as(verdict.toString())
                .isTrue();
        assertThat(verdict.json().get("broken")).as(verdict.toString()).isEmpty();
    }

    /**
     * Every stored exit's follow-up deadline, wherever the kill caught it: recorded follow-up, no
     * pending deadline; due already, fired exactly once (at once, or after the restart); due later,
     * still pending in the deadline store.
     */
    private void noDeadlineIsLost(Api auditor) {
        await("every follow-up deadline pending or fired once")
                .atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> {
                    for (var participant : participants()) {
                        var history = history(auditor, participant);
                        var exit = storedOnce(history, "ParticipantExited");
                        if (exit == null) {
                            continue;
                        }
                        var dueOn = LocalDate.parse(
                                exit.get("payload").get("followUpDueOn").asString());
                        var followedUp = storedOnce(history, "FollowUpRecorded") != null;
                        var fired = history.stream()
                                .filter(e -> isOfType(e, "FollowUpBecameDue"))
                                .count();
                        var pending = pendingDeadlines("follow-up-due-" + participant);
                        if (followedUp) {
                            assertThat(pending)
                                    .as("deadline of " + participant + " after its follow-up")
                                    .isZero();
                        } else if (dueOn.isAfter(TODAY)) {
                            assertThat(pending)
                                    .as("pending deadline of " + participant)
                                    .isEqualTo(1);
                        } else {
                            assertThat(fired)
                                    .as("fired deadline of " + participant)
                                    .isEqualTo(1);
                        }
                    }
                });
    }

    /**
     * Every stored offer's expiry deadline, wherever the kill caught it: answer due yesterday, expired
     * exactly once (at once, or after the restart) and no longer pending; answer due later, still
     * open and pending in the deadline store. An offer whose answer the kill cut off was made at
     * most once, and if it was, its deadline is checked alike.
     */
    private void noOfferExpiryIsLost(Api auditor) {
        await("every offer expiry pending or fired once")
                .atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> {
                    for (var offer : offers) {
                        var history = unitHistory(auditor, offer.unit());
                        var made = history.stream()
                                .filter(e -> isOfType(e, "OfferMade"))
                                .map(e -> e.get("payload").get("offerId").asString())
                                .toList();
                        if (offer.id() != null) {
                            assertThat(made)
                                    .as("acknowledged offer on " + offer)
                                    .containsExactly(offer.id());
                        } else {
                            assertThat(made).as("cut-off offer on " + offer).hasSizeLessThanOrEqualTo(1);
                        }
                        for (var id : made) {
                            var expired = history.stream()
                                    .filter(e -> isOfType(e, "OfferExpired")
                                            && e.get("payload")
                                                    .get("offerId")
                                                    .asString()
                                                    .equals(id))
                                    .count();
                            var pending = pendingDeadlines("offer-expiry-" + id);
                            var due = offer.respondBy().isBefore(TODAY);
                            assertThat(expired).as("expiries of offer " + id).isEqualTo(due ? 1 : 0);
                            assertThat(pending)
                                    .as("pending expiry of offer " + id)
                                    .isEqualTo(due ? 0 : 1);
                        }
                    }
                });
    }

    /** Deadlines of one name (Quartz's job group) that wait in the deadline store. */
    private int pendingDeadlines(String deadlineName) throws SQLException {
        try (var connection = DriverManager.getConnection(database);
                var statement =
                        connection.prepareStatement("SELECT count(*) FROM qrtz_job_details WHERE job_group = ?")) {
            statement.setString(1, deadlineName);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The participant's events as the event store holds them (the auditor's read does not wait for a read model). */
    private static List<JsonNode> history(Api auditor, String participant) {
        var answer = auditor.get("/api/participants/" + participant + "/history");
        if (answer.status() == 404) {
            return List.of();
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().spliterator(), false).toList();
    }

    /** The unit's events as the event store holds them. */
    private static List<JsonNode> unitHistory(Api auditor, String unit) {
        var answer = auditor.get("/api/housing/units/" + unit + "/history");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().spliterator(), false).toList();
    }

    private static @Nullable JsonNode storedOnce(List<JsonNode> history, String type) {
        var stored = history.stream().filter(e -> isOfType(e, type)).toList();
        assertThat(stored).as(type + " in " + history).hasSizeLessThanOrEqualTo(1);
        return stored.isEmpty() ? null : stored.get(0);
    }

    private static boolean isOfType(JsonNode entry, String type) {
        return entry.get("type").asString().equals(type);
    }

    private long acknowledged() {
        return ledger.stream()
                .filter(sent -> sent.outcome() == Outcome.ACKNOWLEDGED)
                .count();
    }

    private Map<String, List<Sent>> sentByParticipant() {
        var byParticipant = new LinkedHashMap<String, List<Sent>>();
        ledger.forEach(sent -> byParticipant
                .computeIfAbsent(sent.command().participant().toString(), id -> new ArrayList<>())
                .add(sent));
        return byParticipant;
    }

    private List<String> participants() {
        var ids = new LinkedHashSet<String>();
        ledger.forEach(sent -> ids.add(sent.command().participant().toString()));
        return List.copyOf(ids);
    }

    private List<String> units() {
        return offers.stream().map(Offer::unit).toList();
    }

    private enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        /** The request got no answer: the kill came first. It may or may not have been stored. */
        UNKNOWN
    }

    /** A command and how it ended, with the answer if there was one. */
    private record Sent(Command command, Outcome outcome, String answer) {}

    /** An offer of a unit of its own, with its id if the offer was acknowledged (null if the kill cut it off). */
    private record Offer(
            String unit, LocalDate respondBy, @Nullable String id) {}

    /**
     * One command as the coach's client sends it, and how to find it in the participant's history:
     * by its event type and, where a participant has several of that type, one payload field.
     */
    private record Command(UUID participant, String path, String body, String eventType, String field, String value) {

        Command(UUID participant, String path, String body, String eventType) {
            this(participant, path, body, eventType, "", "");
        }

        static Command stage(UUID participant, String stage, LocalDate startDate) {
            return new Command(
                    participant,
                    "/api/participants/" + participant + "/stages",
                    "{\"stage\": \"%s\", \"startDate\": \"%s\"}".formatted(stage, startDate),
                    "StageStarted",
                    "stage",
                    stage);
        }

        static Command situation(UUID participant, String situation, LocalDate date) {
            return new Command(
                    participant,
                    "/api/participants/" + participant + "/situations",
                    "{\"date\": \"%s\", \"situation\": \"%s\"}".formatted(date, situation),
                    "LabourMarketSituationRecorded",
                    "date",
                    date.toString());
        }

        Sent sendAs(Api coach) {
            try {
                var answer = coach.post(path, body);
                return new Sent(
                        this, answer.status() / 100 == 2 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED, answer.toString());
            } catch (UncheckedIOException cutOff) {
                return new Sent(this, Outcome.UNKNOWN, cutOff.getMessage());
            }
        }

        boolean isStoredAs(JsonNode entry) {
            return isOfType(entry, eventType)
                    && (field.isEmpty()
                            || entry.get("payload").get(field).asString().equals(value));
        }
    }
}
