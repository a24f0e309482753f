package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class SealedSnapshotSerializerTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /** A participant's state as the aggregate keeps it, personal data included. */
    record Kept(ParticipantId participantId, String lastName, String note) implements ParticipantState {}

    private final ParticipantId elena = ParticipantId.random();
    private ParticipantKeys keys;
    private SealedSnapshotSerializer serializer;

    @BeforeEach
    void setUp() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "command");
        keys = new ParticipantKeys(JdbcClient.create(dataSource), new PrivacyProperties(MASTER_KEY));
        keys.keyFor(elena.value());
        serializer = SealedSnapshotSerializer.of(
                new AnnotationRevisionResolver(), builder -> {}, new PersonalDataCipher(keys));
    }

    @Test
    void sealsTheWholeStateWithTheParticipantsKey() {
        var kept = new Kept(elena, "Popescu", "lives with her aunt");

        var stored = serializer.serialize(kept, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .startsWith("{\"participantId\":\"" + elena + "\",\"state\":\"lotse:enc:v1:d:")
                .doesNotContain("Popescu", "aunt");
        assertThat(serializer.<byte[], Kept>deserialize(stored)).isEqualTo(kept);
    }

    @Test
    void readsNoSnapshotSealedForSomeoneElse() {
        var other = ParticipantId.random();
        keys.keyFor(other.value());
        var stored = serializer.serialize(new Kept(elena, "Popescu", "note"), byte[].class);
        var moved = new String(stored.getData(), StandardCharsets.UTF_8).replace(elena.toString(), other.toString());

        assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(
                        moved.getBytes(StandardCharsets.UTF_8), byte[].class, stored.getType())))
                .hasMessageContaining("altered");
    }

    @Test
    void refusesToStoreAnyOtherStateOpenly() {
        assertThatThrownBy(() -> serializer.serialize(Map.of("lastName", "Popescu"), byte[].class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passesTheSnapshotsMetaDataAsTheyAre() {
        var metaData = MetaData.with("recordedBy", "coach1");

        MetaData read = serializer.deserialize(serializer.serialize(metaData, byte[].class));

        assertThat(read).isEqualTo(metaData);
    }
}
