package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class StableNameEventSerializerTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final ParticipantId elena = ParticipantId.random();
    private ParticipantKeys keys;
    private StableNameEventSerializer serializer;

    @BeforeEach
    void setUp() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        keys = new ParticipantKeys(JdbcClient.create(dataSource), new PrivacyProperties(MASTER_KEY));
        serializer = new StableNameEventSerializer(
                Jackson3Serializer.builder().revisionResolver(new AnnotationRevisionResolver()),
                new PersonalDataCipher(keys),
                new DecodedEvents(100));
    }

    @Test
    void storesEventsUnderTheirCataloguedNameAndRevision() {
        var stored = serializer.serialize(enrolled(), byte[].class);

        assertThat(stored.getType().getName()).isEqualTo("ParticipantEnrolled");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(serializer.classForType(stored.getType())).isEqualTo(ParticipantEnrolled.class);
    }

    @Test
    void storesPersonalDataOnlyEncrypted() {
        var json = text(serializer.serialize(enrolled(), byte[].class));

        assertThat(json).doesNotContain("Elena", "Popescu", "44147", "1991-03-02", "personalFields");
        assertThat(json).contains("\"gender\":\"FEMALE\"", "\"ageAtEntry\":34", "lotse:enc:v1:");
    }

    @Test
    void readsPersonalDataBackWithTheParticipantsKey() {
        ParticipantEnrolled read = serializer.deserialize(serializer.serialize(enrolled(), byte[].class));

        assertThat(read).isEqualTo(enrolled());
    }

    @Test
    void readsErasedOnceTheKeyIsDestroyed() {
        var stored = serializer.serialize(enrolled(), byte[].class);
        var aborted = serializer.serialize(
                new StageAborted(elena, Stage.COACHING, LocalDate.of(2026, 2, 1), "moved in with her sister"),
                byte[].class);
        assertThat(serializer.<byte[], ParticipantEnrolled>deserialize(stored)).isEqualTo(enrolled());

        keys.destroy(elena.value());

        ParticipantEnrolled read = serializer.deserialize(stored);
        assertThat(read.personalDetails()).isEqualTo(new PersonalDetails("[erased]", "[erased]", null, "[erased]"));
        assertThat(read.gender()).isEqualTo(Gender.FEMALE);
        assertThat(read.ageAtEntry()).isEqualTo(34);
        StageAborted abortedRead = serializer.deserialize(aborted);
        assertThat(abortedRead.reason()).isEqualTo("[erased]");
        assertThat(abortedRead.stage()).isEqualTo(Stage.COACHING);
    }

    @Test
    void decodesAStoredEventOnceForAllWhoReadIt() {
        var sealed = serializer.serialize(enrolled(), byte[].class);
        var plain = serializer.serialize(
                new StageStarted(elena, Stage.QUALIFICATION, LocalDate.of(2026, 2, 1)), byte[].class);

        // Each processor fetches its own copy of the row.
        Object first = serializer.deserialize(copyOf(sealed));
        Object second = serializer.deserialize(copyOf(sealed));
        Object firstPlain = serializer.deserialize(copyOf(plain));
        Object secondPlain = serializer.deserialize(copyOf(plain));

        assertThat(second).isSameAs(first).isEqualTo(enrolled());
        assertThat(secondPlain).isSameAs(firstPlain);
    }

    @Test
    void encryptsACorrectedValueOnlyWhenItIsPersonal() {
        var status = text(serializer.serialize(
                new IntakeCorrected(elena, IntakeField.LABOUR_STATUS, "UNEMPLOYED", "typo at intake", 34),
                byte[].class));
        var name = text(serializer.serialize(
                new IntakeCorrected(elena, IntakeField.LAST_NAME, "Popescu-Ionescu", "married", 34), byte[].class));

        assertThat(status).contains("\"value\":\"UNEMPLOYED\"").doesNotContain("typo at intake");
        assertThat(name).doesNotContain("Popescu-Ionescu", "married");
    }

    @Test
    void storesAHousingEventUnderItsNameAndSealsTheNoteAboutTheTenant() {
        var checked = new TenancyChecked(
                UnitId.random(), TenancyId.random(), elena, LocalDate.of(2026, 7, 2), CheckStatus.AT_RISK, "rent late");
        var stored = serializer.serialize(checked, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo("TenancyChecked");
        assertThat(serializer.classForType(stored.getType())).isEqualTo(TenancyChecked.class);
        assertThat(text(stored)).doesNotContain("rent late").contains("\"status\":\"AT_RISK\"", "lotse:enc:v1:");
        assertThat(serializer.<byte[], TenancyChecked>deserialize(stored)).isEqualTo(checked);

        keys.destroy(elena.value());

        TenancyChecked erased = serializer.deserialize(stored);
        assertThat(erased.note()).isEqualTo("[erased]");
        assertThat(erased.status()).isEqualTo(CheckStatus.AT_RISK);
    }

    @Test
    void refusesCiphertextMovedToAnotherParticipant() {
        var other = ParticipantId.random();
        var foreign = text(serializer.serialize(enrolled(), byte[].class)).replace(elena.toString(), other.toString());
        keys.keyFor(other.value());
        var altered = new SimpleSerializedObject<>(
                foreign.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                serializer.typeForClass(ParticipantEnrolled.class));

        assertThatThrownBy(() -> serializer.deserialize(altered)).hasMessageContaining("altered");
    }

    private ParticipantEnrolled enrolled() {
        return new ParticipantEnrolled(
                elena,
                new PersonalDetails("Elena", "Popescu", LocalDate.of(1991, 3, 2), "44147"),
                34,
                Gender.FEMALE,
                LocalDate.of(2026, 1, 15),
                LabourStatus.LONG_TERM_UNEMPLOYED,
                2,
                Nationality.of("RO"),
                Answer.YES,
                Answer.NO,
                Answer.DECLINED,
                Answer.NO,
                false,
                "coach1");
    }

    private static SerializedObject<byte[]> copyOf(SerializedObject<byte[]> stored) {
        return new SimpleSerializedObject<>(stored.getData().clone(), byte[].class, stored.getType());
    }

    private static String text(SerializedObject<byte[]> stored) {
        return new String(stored.getData(), StandardCharsets.UTF_8);
    }
}
