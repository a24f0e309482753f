package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
import tools.jackson.databind.node.ObjectNode;

class QualificationRecordedUpcasterTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final ParticipantId elena = ParticipantId.random();
    private final QualificationRecordedUpcaster upcaster = new QualificationRecordedUpcaster();
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
    void readsARevisionOneQualificationAsVocationalWithItsSealedTitleOpened() {
        var upcast = upcastOne(stored("1", revisionOne(sealedTitle("Forklift licence"))));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        QualificationRecorded recorded = serializer.deserialize(upcast.getData());
        assertThat(recorded)
                .isEqualTo(new QualificationRecorded(
                        elena,
                        LocalDate.of(2026, 4, 30),
                        "Forklift licence",
                        Certificate.RECOGNISED,
                        QualificationKind.VOCATIONAL));
    }

    @Test
    void leavesARevisionTwoQualificationOfAnotherKindAsStored() {
        var current = new QualificationRecorded(
                elena, LocalDate.of(2026, 5, 2), "Tenancy training", Certificate.MODULE, QualificationKind.HOUSING);
        var serialized = serializer.serialize(current, byte[].class);

        var read = upcastOne(stored("2", serialized.getData()));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        QualificationRecorded recorded = serializer.deserialize(read.getData());
        assertThat(recorded).isEqualTo(current);
    }

    private IntermediateEventRepresentation upcastOne(InitialEventRepresentation stored) {
        var upcast = upcaster.upcast(Stream.of(stored)).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private InitialEventRepresentation stored(String revision, byte[] payload) {
        var entry = new GenericDomainEventEntry<>(
                "Participant",
                elena.toString(),
                2,
                UUID.randomUUID().toString(),
                Instant.parse("2026-04-30T10:00:00Z"),
                "QualificationRecorded",
                revision,
                payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }

    /** The title as revision 1 stored it: sealed with the participant's key, like every personal field. */
    private String sealedTitle(String title) {
        var current = new QualificationRecorded(
                elena, LocalDate.of(2026, 4, 30), title, Certificate.RECOGNISED, QualificationKind.VOCATIONAL);
        var tree = (ObjectNode) serializer
                .getObjectMapper()
                .readTree(serializer.serialize(current, byte[].class).getData());
        var sealed = tree.get("title").asString();
        assertThat(sealed).doesNotContain(title);
        return sealed;
    }

    private byte[] revisionOne(String sealedTitle) {
        return """
                {"participantId":"%s","date":"2026-04-30","title":"%s","certificate":"RECOGNISED"}\
                """.formatted(elena, sealedTitle).getBytes(StandardCharsets.UTF_8);
    }
}
