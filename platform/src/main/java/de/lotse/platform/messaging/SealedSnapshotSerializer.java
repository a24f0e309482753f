package de.lotse.platform.messaging;

import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.privacy.PersonalDataCipher;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Axon's Jackson 3 serializer for snapshots. A snapshot is a participant's whole state, in which
 * the personal data are no longer in the fields the event serializer knows to seal, so it is
 * sealed whole with the participant's key, as the personal fields of their events are: the
 * store holds {@code {"participantId": "…", "state": "lotse:enc:v1:d:…"}}, which reads no more
 * once the key is destroyed. The key is share-locked while the snapshot is stored, so an erasure
 * at the same moment either finds the snapshot and deletes it or comes first, and then nothing is
 * sealed. Only participants are snapshotted: any other state is refused, since it would be stored
 * in plain text. The snapshot's metadata pass as they are.
 */
public class SealedSnapshotSerializer extends Jackson3Serializer {

    private static final String PARTICIPANT = "participantId";
    private static final String STATE = "state";

    private final PersonalDataCipher cipher;

    SealedSnapshotSerializer(Jackson3Serializer.Builder builder, PersonalDataCipher cipher) {
        super(builder);
        this.cipher = cipher;
    }

    /**
     * Built as the event serializer is, on the same mapper settings and revisions, with two more:
     * an aggregate keeps its parts in final fields, which Jackson 3 leaves alone unless told, and a
     * property the state does not know fails the read rather than leave part of the state unset.
     */
    public static SealedSnapshotSerializer of(
            RevisionResolver revisionResolver, Jackson3SerializerCustomizer customizer, PersonalDataCipher cipher) {
        Jackson3SerializerCustomizer stateMapper = mapper -> {
            customizer.accept(mapper);
            mapper.enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        };
        return new SealedSnapshotSerializer(
                Jackson3Serializer.builder()
                        .revisionResolver(revisionResolver)
                        .jsonMapperBuilderCustomizer(stateMapper),
                cipher);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData) {
            return super.serialize(object, expectedRepresentation);
        }
        if (!(object instanceof ParticipantState state)) {
            throw new IllegalArgumentException("Only a participant's state is snapshotted, sealed; " + object.getClass()
                    + " would be stored open");
        }
        var mapper = getObjectMapper();
        var participant = state.participantId();
        var envelope = mapper.createObjectNode()
                .put(PARTICIPANT, participant.toString())
                .put(STATE, cipher.sealDocument(participant.value(), mapper.writeValueAsBytes(object)));
        var content = getConverter().convert(mapper.writeValueAsBytes(envelope), expectedRepresentation);
        return new SimpleSerializedObject<>(content, expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        var type = classForType(serializedObject.getType());
        if (!ParticipantState.class.isAssignableFrom(type)) {
            return super.deserialize(serializedObject);
        }
        var mapper = getObjectMapper();
        var bytes = getConverter().convert(serializedObject, byte[].class).getData();
        if (!(mapper.readTree(bytes) instanceof ObjectNode envelope)
                || !envelope.path(PARTICIPANT).isString()
                || !envelope.path(STATE).isString()) {
            throw new IllegalArgumentException("A snapshot of " + type.getSimpleName() + " that is not sealed");
        }
        var participant = ParticipantId.of(envelope.get(PARTICIPANT).asString());
        var state = cipher.openDocument(participant.value(), envelope.get(STATE).asString());
        return (T) mapper.readValue(state, type);
    }
}
