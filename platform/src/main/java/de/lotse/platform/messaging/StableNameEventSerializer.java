package de.lotse.platform.messaging;

import de.lotse.api.account.AccountEvents;
import de.lotse.api.housing.HousingEvents;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.participant.SealedForParticipant;
import de.lotse.api.provider.ProviderEvents;
import de.lotse.platform.privacy.PersonalDataCipher;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Axon's Jackson 3 serializer for events, with two duties added. It stores participant, account,
 * provider and housing events under their catalogued name instead of the Java class name, so that a package move or a rename
 * never orphans a stored event. And it seals their personal fields with the participant's key on
 * the way in and opens them on the way out, so that the store itself never holds them in plain
 * text.
 */
class StableNameEventSerializer extends Jackson3Serializer {

    private static final Map<String, Class<?>> CATALOGUED = Stream.of(
                    ParticipantEvents.TYPES, AccountEvents.TYPES, ProviderEvents.TYPES, HousingEvents.TYPES)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(ParticipantEvents::storedName, Function.identity()));

    private final PersonalDataCipher cipher;

    StableNameEventSerializer(Jackson3Serializer.Builder builder, PersonalDataCipher cipher) {
        super(builder);
        this.cipher = cipher;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof SealedForParticipant event)
                || event.personalFields().isEmpty()) {
            return super.serialize(object, expectedRepresentation);
        }
        var mapper = getObjectMapper();
        ObjectNode tree = mapper.valueToTree(object);
        cipher.seal(event, tree, mapper);
        var content = getConverter().convert(mapper.writeValueAsBytes(tree), expectedRepresentation);
        return new SimpleSerializedObject<>(content, expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        var type = classForType(serializedObject.getType());
        if (!SealedForParticipant.class.isAssignableFrom(type)) {
            return super.deserialize(serializedObject);
        }
        var mapper = getObjectMapper();
        var bytes = getConverter().convert(serializedObject, byte[].class).getData();
        var tree = mapper.readTree(bytes);
        if (tree instanceof ObjectNode object) {
            cipher.open(object, mapper);
        }
        return (T) mapper.treeToValue(tree, type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null && CATALOGUED.containsValue(type)) {
            return new SimpleSerializedType(ParticipantEvents.storedName(type), revisionOf(type));
        }
        return super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        var catalogued = CATALOGUED.get(serializedType.getName());
        return catalogued == null ? serializedType.getName() : catalogued.getName();
    }

    private String revisionOf(Class<?> type) {
        return super.typeForClass(type).getRevision();
    }
}
