package de.lotse.platform.privacy;

import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.participant.SealedForParticipant;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals the personal fields of an event's JSON tree before it is stored, and opens them when it
 * is read. Each value is encrypted on its own into a string
 * {@code lotse:enc:v1:<kind>:<Base64 nonce+ciphertext>}; the kind says what an erased value reads
 * as: {@code t} (text) becomes {@value #ERASED}, {@code n} (a date, a number) becomes null. So a
 * participant's events still read, and every reader shows the same {@value #ERASED}, once the key
 * is gone. A snapshot of a participant's state is sealed whole, as one value of kind {@code d},
 * which reads no more once the key is gone (the events are read instead).
 */
@Component
public class PersonalDataCipher {

    public static final String ERASED = PersonalDetails.ERASED;
    private static final String PREFIX = "lotse:enc:v1:";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final ParticipantKeys keys;

    public PersonalDataCipher(ParticipantKeys keys) {
        this.keys = keys;
    }

    /** Encrypts, in place, every personal field of {@code event} in its JSON {@code tree}. */
    public void seal(SealedForParticipant event, ObjectNode tree, ObjectMapper mapper) {
        var participant = event.participantId().value();
        var key = keys.keyFor(participant);
        for (var field : event.personalFields()) {
            sealField(tree, field, event.getClass(), key, participant, mapper);
        }
    }

    /**
     * Decrypts, in place, every sealed value in {@code tree}, or marks it erased when the
     * participant's key is gone. Returns the participant and the key it decrypted with; empty when
     * nothing was sealed or the key was gone.
     */
    public Optional<OpenedWith> open(ObjectNode tree, ObjectMapper mapper) {
        var sealed = new ArrayList<SealedValue>();
        collect(tree, sealed);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        var participant = UUID.fromString(tree.get("participantId").asString());
        var key = keys.existingKey(participant);
        for (var value : sealed) {
            value.parent()
                    .set(
                            value.name(),
                            key.map(k -> decrypt(value, k, participant, mapper))
                                    .orElseGet(() -> erased(value.kind(), mapper)));
        }
        return key.map(k -> new OpenedWith(participant, k));
    }

    /** A participant's values were decrypted with this key of theirs. */
    public record OpenedWith(UUID participant, SecretKey key) {}

    /**
     * Whether values once opened with {@code opened} may still be read in plain text: the
     * participant's key is still the one they were decrypted with (it has not been destroyed), as
     * far as {@link ParticipantKeys#existingKey} knows.
     */
    public boolean stillOpens(OpenedWith opened) {
        return keys.existingKey(opened.participant())
                .filter(opened.key()::equals)
                .isPresent();
    }

    /**
     * Whether a stored event's JSON holds a sealed value at all. Most events of a participant hold
     * none (a stage started, an exit), and reading those needs neither the key nor the JSON tree
     * that {@link #open} works on: the event is read straight into its record. That matters
     * because every read model reads every event.
     */
    public static boolean holdsSealedValue(byte[] json) {
        var first = PREFIX_BYTES[0];
        var last = json.length - PREFIX_BYTES.length;
        for (var i = 0; i <= last; i++) {
            if (json[i] == first
                    && Arrays.equals(json, i, i + PREFIX_BYTES.length, PREFIX_BYTES, 0, PREFIX_BYTES.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Encrypts a whole document about the participant (a snapshot of their state) with their key,
     * into one sealed string of kind {@code d}. The key is share-locked until the transaction
     * ends (see {@link ParticipantKeys#lockedKey}); without a key (erased) nothing is sealed.
     */
    public String sealDocument(UUID participant, byte[] document) {
        var key = keys.lockedKey(participant)
                .orElseThrow(() -> new IllegalStateException(
                        "Participant " + participant + " has no data key (erased): nothing is sealed for them"));
        var sealed = AesGcm.encrypt(key, document, ParticipantKeys.associatedData(participant));
        return PREFIX + "d:" + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * Decrypts a document sealed by {@link #sealDocument}. Refused once the participant's key is
     * gone, or if the value was altered or sealed for someone else.
     */
    public byte[] openDocument(UUID participant, String sealed) {
        if (!sealed.startsWith(PREFIX + "d:")) {
            throw new IllegalArgumentException("Not a sealed document of participant " + participant);
        }
        var key = keys.existingKey(participant)
                .orElseThrow(() -> new IllegalStateException(
                        "Participant " + participant + " has no data key (erased): their documents read no more"));
        var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length() + 2));
        try {
            return AesGcm.decrypt(key, bytes, ParticipantKeys.associatedData(participant));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A sealed document of participant " + participant
                            + " does not decrypt with the participant's key: it was altered",
                    e);
        }
    }

    private void sealField(
            ObjectNode tree, String field, Class<?> owner, SecretKey key, UUID participant, ObjectMapper mapper) {
        var node = tree.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        var type = componentType(owner, field);
        if (node instanceof ObjectNode nested && type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                sealField(nested, component.getName(), type, key, participant, mapper);
            }
            return;
        }
        var kind = CharSequence.class.isAssignableFrom(type) ? 't' : 'n';
        var plaintext = mapper.writeValueAsBytes(node);
        var sealed = AesGcm.encrypt(key, plaintext, ParticipantKeys.associatedData(participant));
        tree.put(field, PREFIX + kind + ":" + Base64.getEncoder().encodeToString(sealed));
    }

    private static Class<?> componentType(Class<?> owner, String field) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return component.getType();
                }
            }
        }
        throw new IllegalArgumentException(owner.getSimpleName() + " has no field " + field);
    }

    private record SealedValue(ObjectNode parent, String name, char kind, byte[] sealed) {}

    private static void collect(ObjectNode node, ArrayList<SealedValue> into) {
        for (var entry : node.properties()) {
            var value = entry.getValue();
            if (value instanceof ObjectNode nested) {
                collect(nested, into);
            } else if (value.isString() && value.stringValue().startsWith(PREFIX)) {
                var text = value.stringValue().substring(PREFIX.length());
                into.add(new SealedValue(
                        node,
                        entry.getKey(),
                        text.charAt(0),
                        Base64.getDecoder().decode(text.substring(2))));
            }
        }
    }

    private static JsonNode decrypt(SealedValue value, SecretKey key, UUID participant, ObjectMapper mapper) {
        try {
            var plaintext = AesGcm.decrypt(key, value.sealed(), ParticipantKeys.associatedData(participant));
            return mapper.readTree(new String(plaintext, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A personal field of participant " + participant
                            + " does not decrypt with the participant's key: the stored event was altered",
                    e);
        }
    }

    private static JsonNode erased(char kind, ObjectMapper mapper) {
        @Nullable String text = kind == 't' ? ERASED : null;
        return text == null ? mapper.nullNode() : mapper.getNodeFactory().stringNode(text);
    }
}
