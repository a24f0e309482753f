package de.lotse.platform.messaging;

import de.lotse.api.account.AccountEvents;
import de.lotse.api.housing.HousingEvents;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.participant.SealedForParticipant;
import de.lotse.api.provider.ProviderEvents;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PersonalDataCipher.OpenedWith;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * text. What it read lately it keeps decoded ({@link DecodedEvents}), because every read model
 * reads every event.
 */
class StableNameEventSerializer extends Jackson3Serializer {

    private static final Map<String, Class<?>> CATALOGUED = Stream.of(
                    ParticipantEvents.TYPES, AccountEvents.TYPES, ProviderEvents.TYPES, HousingEvents.TYPES)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(ParticipantEvents::storedName, Function.identity()));

    private final PersonalDataCipher cipher;
    private final DecodedEvents decoded;

    StableNameEventSerializer(Jackson3Serializer.Builder builder, PersonalDataCipher cipher, DecodedEvents decoded) {
        super(builder);
        this.cipher = cipher;
        this.decoded = decoded;
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
        var bytes = getConverter().convert(serializedObject, byte[].class).getData();
        var stored = new DecodedEvents.StoredForm(serializedObject.getType(), bytes);
        var known = decoded.readable(stored, cipher);
        if (known != null) {
            return (T) known;
        }
        var type = classForType(serializedObject.getType());
        if (!SealedForParticipant.class.isAssignableFrom(type) || !PersonalDataCipher.holdsSealedValue(bytes)) {
            T value = super.deserialize(serializedObject);
            if (value != null) {
                decoded.remember(stored, value, null);
            }
            return value;
        }
        var mapper = getObjectMapper();
        var tree = mapper.readTree(bytes);
        var openedWith = tree instanceof ObjectNode object ? cipher.open(object, mapper) : Optional.<OpenedWith>empty();
        var value = mapper.treeToValue(tree, type);
        decoded.remember(stored, value, openedWith.orElse(null));
        return (T) value;
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
