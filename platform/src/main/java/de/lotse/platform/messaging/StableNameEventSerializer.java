package de.lotse.platform.messaging;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantEvents;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

/**
 * Axon's Jackson 3 serializer, storing participant events under their catalogued name instead of
 * the Java class name, so that a package move or a rename never orphans a stored event.
 */
class StableNameEventSerializer extends Jackson3Serializer {

    StableNameEventSerializer(Jackson3Serializer.Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null && ParticipantEvent.class.isAssignableFrom(type)) {
            return new SimpleSerializedType(ParticipantEvents.storedName(type), revisionOf(type));
        }
        return super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return ParticipantEvents.typeStoredAs(serializedType.getName())
                .<String>map(Class::getName)
                .orElseGet(serializedType::getName);
    }

    private String revisionOf(Class<?> type) {
        return super.typeForClass(type).getRevision();
    }
}
