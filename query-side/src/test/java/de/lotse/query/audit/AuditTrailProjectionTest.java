package de.lotse.query.audit;

import static de.lotse.query.testing.Events.AUDITOR;
import static de.lotse.query.testing.Events.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Refusal;
import de.lotse.api.audit.AuditEntry;
import de.lotse.api.audit.FindAuditTrail;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageStarted;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-01-19T09:00:00Z");

    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantId jonas = ParticipantId.random();
    private JdbcClient jdbc;
    private AuditTrail trail;
    private AuditTrailProjection projection;
    private AuditTrailQueries queries;

    @BeforeEach
    void setUp() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        SideMigrations.migrate(dataSource, "query");
        jdbc = JdbcClient.create(dataSource);
        trail = new AuditTrail(new NamedParameterJdbcTemplate(dataSource));
        projection = new AuditTrailProjection(trail);
        queries = new AuditTrailQueries(trail);
    }

    @Test
    void listsEveryEventWithSenderCorrelationAndHashOldestFirst() {
        store(elena, 0, MONDAY, "coach1");
        store(jonas, 0, MONDAY.plusSeconds(60), "coach2");
        jdbc.sql("INSERT INTO event_chain VALUES (:id, 0, :hash)")
                .param("id", elena.toString())
                .param("hash", "c".repeat(64))
                .update();

        var page = queries.handle(filter(null, null, null, null, 0, 50));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(AuditEntry::participantId, AuditEntry::recordedBy, AuditEntry::hash)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(elena.toString(), "coach1", "c".repeat(64)),
                        org.assertj.core.groups.Tuple.tuple(jonas.toString(), "coach2", null));
        assertThat(page.items().get(0).correlationId()).isEqualTo("request-" + elena);
        assertThat(page.items().get(0).causationId()).isEqualTo("command-" + elena + "-0");
        assertThat(page.items().get(0).type()).isEqualTo("StageStarted");
    }

    @Test
    void filtersByTimeUserAndType() {
        store(elena, 0, MONDAY, "coach1");
        store(elena, 1, MONDAY.plusSeconds(3600), "lead");
        store(jonas, 0, MONDAY.plusSeconds(7200), "coach2");

        assertThat(queries.handle(filter(MONDAY.plusSeconds(1), null, null, null, 0, 50))
                        .total())
                .isEqualTo(2);
        assertThat(queries.handle(filter(null, MONDAY.plusSeconds(3600), null, null, 0, 50))
                        .total())
                .isEqualTo(1);
        assertThat(queries.handle(filter(null, null, "lead", null, 0, 50)).items())
                .extracting(AuditEntry::sequence)
                .containsExactly(1L);
        assertThat(queries.handle(filter(null, null, null, "ParticipantExited", 0, 50))
                        .total())
                .isZero();
        var secondPage = queries.handle(filter(null, null, null, "StageStarted", 1, 2));
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.items()).extracting(AuditEntry::participantId).containsExactly(jonas.toString());
    }

    @Test
    void recordsARedeliveredEventOnceAndForgetsEverythingOnReset() {
        store(elena, 0, MONDAY, "coach1");
        store(elena, 0, MONDAY, "coach1");

        assertThat(queries.handle(filter(null, null, null, null, 0, 50)).total())
                .isEqualTo(1);
        projection.reset();
        assertThat(queries.handle(filter(null, null, null, null, 0, 50)).total())
                .isZero();
    }

    @Test
    void listsAHousingEventUnderItsUnitsStreamWithItsHash() {
        var unit = UnitId.random();
        var event = new VacancyOpened(unit, VacancyId.random(), LocalDate.of(2026, 3, 1));
        projection.on(
                event,
                new GenericDomainEventMessage<>(
                        "Unit",
                        unit.toString(),
                        2,
                        event,
                        MetaData.with("recordedBy", "housing"),
                        "event-" + unit + "-2",
                        MONDAY));
        jdbc.sql("INSERT INTO event_chain VALUES (:id, 2, :hash)")
                .param("id", unit.toString())
                .param("hash", "d".repeat(64))
                .update();

        assertThat(queries.handle(filter(null, null, "housing", "VacancyOpened", 0, 50))
                        .items())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.housingStream()).isEqualTo(unit.toString());
                    assertThat(entry.participantId()).isNull();
                    assertThat(entry.account()).isNull();
                    assertThat(entry.sequence()).isEqualTo(2);
                    assertThat(entry.hash()).isEqualTo("d".repeat(64));
                });
    }

    @Test
    void refusesATeamLead() {
        var lead = new FindAuditTrail(LEAD, null, null, null, null, 0, 50);
        var refused = catchThrowableOfType(QueryExecutionException.class, () -> queries.handle(lead));
        assertThat(refused.<Refusal>getDetails()).map(Refusal::reason).contains(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    private void store(ParticipantId participant, long sequence, Instant at, String user) {
        var event = new StageStarted(participant, Stage.COACHING, LocalDate.of(2026, 1, 20));
        var metaData = MetaData.from(Map.of(
                "recordedBy",
                user,
                "correlationId",
                "request-" + participant,
                "causationId",
                "command-" + participant + "-" + sequence));
        var message = new GenericDomainEventMessage<>(
                "Participant",
                participant.toString(),
                sequence,
                event,
                metaData,
                "event-" + participant + "-" + sequence,
                at);
        projection.on(event, message);
    }

    private static FindAuditTrail filter(
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String user,
            @Nullable String type,
            int page,
            int size) {
        return new FindAuditTrail(AUDITOR, from, to, user, type, page, size);
    }
}
