package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exit stored as {@code ParticipantExited} revision 1, before the event carried its follow-up
 * date, is appended through the event store exactly as the previous release wrote it, JSON and
 * chain link included. The participant then behaves as if the exit were recorded today: the
 * aggregate knows the exit, the caseload and the ESF+ facts show it, the participant view shows it
 * with the follow-up date revision 1 implied, a rebuilt view too, and the hash chain over the
 * stored bytes still verifies. A qualification stored as revision 1, before it carried its kind,
 * reads as vocational the same way.
 */
@LotseApplicationTest
class SchemaEvolutionTest {

    private static final String EXIT_DATE = "2026-08-31";
    private static final String FOLLOW_UP_DUE_ON = "2027-02-28";

    @Value("${local.server.port}")
    int port;

    @Autowired
    EventStorageEngine events;

    @Autowired
    @Qualifier("eventSerializer") Serializer eventSerializer;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("participantCache") Cache participants;

    @Test
    void readsAnExitStoredAsRevisionOneWithItsFollowUpDate() {
        var coach = api("coach1");
        var id = enrolWithCoachingStarted(coach);

        storeRevisionOneExit(id);

        var path = "/api/participants/" + id;
        await().untilAsserted(() -> assertThat(coach.get(path)
                        .json()
                        .path("exit")
                        .path("followUpDueOn")
                        .asString(""))
                .isEqualTo(FOLLOW_UP_DUE_ON));
        var view = coach.get(path).json();
        assertThat(view.get("exit").get("exitDate").asString()).isEqualTo(EXIT_DATE);
        assertThat(view.get("stages").get(0).get("status").asString()).isEqualTo("CLOSED_AT_EXIT");
        await().untilAsserted(() ->
                assertThat(caseloadEntry(coach, id).get("status").asString()).isEqualTo("EXITED"));
        assertThat(caseloadEntry(coach, id).get("exitDate").asString()).isEqualTo(EXIT_DATE);
        await().untilAsserted(() -> assertThat(
                        api("evaluator").get("/api/exports/participants.csv").body())
                .contains(EXIT_DATE));

        theAggregateKnowsTheExit(coach, path);
        aRebuiltViewReadsTheFollowUpDate(coach, path);
        assertThat(api("auditor").get("/api/audit/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    /**
     * A qualification stored as revision 1, before it carried its kind, with its title sealed as
     * every personal field was: the participant shows it as vocational with the title opened, in
     * the live and in a rebuilt view, the export lists its kind, and the chain still verifies.
     */
    @Test
    void readsAQualificationStoredAsRevisionOneAsVocational() {
        var coach = api("coach1");
        var id = enrolWithCoachingStarted(coach, "Lavinia", "Munteanu");

        storeRevisionOne(id, "QualificationRecorded", """
                {"participantId":"%s","date":"2026-03-02","title":"%s","certificate":"RECOGNISED"}\
                """.formatted(id, sealedTitle(id, "Forklift licence")));

        var path = "/api/participants/" + id;
        await().untilAsserted(() ->
                assertThat(coach.get(path).json().path("qualifications")).hasSize(1));
        var qualification = coach.get(path).json().get("qualifications").get(0);
        assertThat(qualification.get("kind").asString()).isEqualTo("VOCATIONAL");
        assertThat(qualification.get("title").asString()).isEqualTo("Forklift licence");
        await().untilAsserted(() -> assertThat(
                        api("evaluator").get("/api/exports/participants.csv").body())
                .contains("2026-03-02:VOCATIONAL"));
        rebuildTheParticipantView();
        assertThat(coach.get(path)
                        .json()
                        .get("qualifications")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("VOCATIONAL");
        assertThat(api("auditor").get("/api/audit/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    /** The title as the serializer seals it with the participant's key, as revision 1 stored it too. */
    private String sealedTitle(String id, String title) {
        var current = new QualificationRecorded(
                ParticipantId.of(id),
                LocalDate.of(2026, 3, 2),
                title,
                Certificate.RECOGNISED,
                QualificationKind.VOCATIONAL);
        var json = new String(eventSerializer.serialize(current, byte[].class).getData(), StandardCharsets.UTF_8);
        var sealed = JsonMapper.builder().build().readTree(json).get("title").asString();
        assertThat(sealed).doesNotContain(title);
        return sealed;
    }

    private String enrolWithCoachingStarted(Api coach) {
        return enrolWithCoachingStarted(coach, "Mirela", "Dumitrescu");
    }

    private String enrolWithCoachingStarted(Api coach, String firstName, String lastName) {
        var enrolled = coach.post("/api/participants", JourneyData.intake(firstName, lastName));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        assertThat(coach.post(
                                "/api/participants/" + id + "/stages",
                                "{\"stage\": \"COACHING\", \"startDate\": \"2026-02-01\"}")
                        .status())
                .isEqualTo(204);
        return id;
    }

    private void storeRevisionOneExit(String id) {
        storeRevisionOne(id, "ParticipantExited", """
                {"participantId":"%s","exitDate":"%s","reason":"COMPLETED","stagesClosed":["COACHING"]}\
                """.formatted(id, EXIT_DATE));
    }

    /**
     * Revision 1's JSON, with the metadata of the participant's last event, appended through the
     * engine so that it gets its chain link as every stored event does. The previous release wrote
     * it before this one started, so this one holds no copy of the participant in its cache.
     */
    private void storeRevisionOne(String id, String type, String json) {
        var sequence = events.lastSequenceNumberFor(id).orElseThrow() + 1;
        var payload = json.getBytes(StandardCharsets.UTF_8);
        var metaData = JdbcClient.create(dataSource)
                .sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(id, sequence - 1)
                .query(byte[].class)
                .single();
        var stored = new SerializedMessage<>(
                UUID.randomUUID().toString(),
                new SimpleSerializedObject<>(payload, byte[].class, new SimpleSerializedType(type, "1")),
                new SimpleSerializedObject<>(metaData, byte[].class, eventSerializer.typeForClass(MetaData.class)),
                eventSerializer);
        events.appendEvents(new GenericDomainEventMessage<>("Participant", id, sequence, stored, Instant.now()));
        participants.remove(id);
    }

    private void theAggregateKnowsTheExit(Api coach, String path) {
        var secondExit = coach.post(path + "/exit", "{\"exitDate\": \"2026-09-01\", \"reason\": \"OTHER\"}");
        assertThat(secondExit.status()).as(secondExit.toString()).isEqualTo(409);
        assertThat(secondExit.json().get("rule").asString()).isEqualTo("ALREADY_EXITED");
        var early = coach.post(
                path + "/follow-up",
                "{\"date\": \"2026-08-30\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}");
        assertThat(early.json().get("rule").asString()).isEqualTo("FOLLOW_UP_BEFORE_EXIT");
        assertThat(coach.post(
                                path + "/follow-up",
                                "{\"date\": \"2027-02-20\", \"situation\": \"EMPLOYED\", \"betterSituation\": true}")
                        .status())
                .isEqualTo(204);
        await().untilAsserted(() ->
                assertThat(coach.get(path).ok().get("followUp").isNull()).isFalse());
    }

    private void aRebuiltViewReadsTheFollowUpDate(Api coach, String path) {
        rebuildTheParticipantView();
        assertThat(coach.get(path).json().path("exit").path("followUpDueOn").asString(""))
                .isEqualTo(FOLLOW_UP_DUE_ON);
    }

    private void rebuildTheParticipantView() {
        var admin = api("admin");
        assertThat(admin.post("/api/admin/projections/participant-view/replay", "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var projection : admin.get("/api/admin/projections").json()) {
                assertThat(projection.get("replaying").asBoolean())
                        .as(projection.toString())
                        .isFalse();
            }
        });
    }

    private static JsonNode caseloadEntry(Api coach, String id) {
        for (var entry : coach.get("/api/caseload?size=200").json().get("items")) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("participant " + id + " is not in the caseload");
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
