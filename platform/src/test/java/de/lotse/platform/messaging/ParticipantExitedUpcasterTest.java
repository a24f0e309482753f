package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.Stage;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ParticipantExitedUpcasterTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantExitedUpcaster upcaster = new ParticipantExitedUpcaster();
    private StableNameEventSerializer serializer;

    @BeforeEach
    void setUp() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        var keys = new ParticipantKeys(JdbcClient.create(dataSource), new PrivacyProperties(MASTER_KEY));
        serializer = new StableNameEventSerializer(
                Jackson3Serializer.builder().revisionResolver(new AnnotationRevisionResolver()),
                new PersonalDataCipher(keys),
                new DecodedEvents(100));
    }

    @Test
    void readsARevisionOneExitWithTheFollowUpDueSixMonthsLater() {
        var upcast = upcastOne(stored("ParticipantExited", "1", revisionOneExit("2026-06-30")));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        ParticipantExited exited = serializer.deserialize(upcast.getData());
        assertThat(exited)
                .isEqualTo(new ParticipantExited(
                        elena,
                        LocalDate.of(2026, 6, 30),
                        ExitReason.COMPLETED,
                        List.of(Stage.COACHING),
                        LocalDate.of(2026, 12, 30)));
    }

    @Test
    void endsTheFollowUpOnTheMonthsLastDayWhenTheMonthIsShorter() {
        var upcast = upcastOne(stored("ParticipantExited", "1", revisionOneExit("2026-08-31")));

        ParticipantExited exited = serializer.deserialize(upcast.getData());
        assertThat(exited.followUpDueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void leavesARevisionTwoExitAsStored() {
        var current = new ParticipantExited(
                elena, LocalDate.of(2026, 6, 30), ExitReason.MOVED_AWAY, List.of(), LocalDate.of(2026, 11, 1));
        var serialized = serializer.serialize(current, byte[].class);

        var read = upcastOne(stored("ParticipantExited", "2", serialized.getData()));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        ParticipantExited exited = serializer.deserialize(read.getData());
        assertThat(exited).isEqualTo(current);
    }

    @Test
    void leavesOtherEventsAndTheirSealedFieldsUntouched() {
        var situation = new LabourMarketSituationRecorded(
                elena, LocalDate.of(2026, 3, 1), LabourMarketSituation.EMPLOYED, "cook at a canteen");
        var serialized = serializer.serialize(situation, byte[].class);

        var read = upcastOne(stored("LabourMarketSituationRecorded", "1", serialized.getData()));

        assertThat(read.getType()).isEqualTo(serialized.getType());
        assertThat(serializer
                        .getConverter()
                        .convert(read.getData(), byte[].class)
                        .getData())
                .isEqualTo(serialized.getData());
        LabourMarketSituationRecorded opened = serializer.deserialize(read.getData());
        assertThat(opened).isEqualTo(situation);
    }

    private IntermediateEventRepresentation upcastOne(InitialEventRepresentation stored) {
        var upcast = upcaster.upcast(Stream.of(stored)).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private InitialEventRepresentation stored(String name, String revision, byte[] payload) {
        var entry = new GenericDomainEventEntry<>(
                "Participant",
                elena.toString(),
                3,
                UUID.randomUUID().toString(),
                Instant.parse("2026-06-30T10:00:00Z"),
                name,
                revision,
                payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }

    private byte[] revisionOneExit(String exitDate) {
        return """
                {"participantId":"%s","exitDate":"%s","reason":"COMPLETED","stagesClosed":["COACHING"]}\
                """.formatted(elena, exitDate).getBytes(StandardCharsets.UTF_8);
    }
}
