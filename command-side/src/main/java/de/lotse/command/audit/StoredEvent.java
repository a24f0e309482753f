package de.lotse.command.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * One row of the event store exactly as stored, and its link in the participant's hash chain.
 * The canonical form is every stored column, each length-prefixed, in a fixed order: the bytes
 * an auditor can recompute from the table alone, whatever serializer wrote them.
 */
record StoredEvent(
        String aggregateIdentifier,
        long sequenceNumber,
        String eventIdentifier,
        @Nullable String type,
        String payloadType,
        @Nullable String payloadRevision,
        String timeStamp,
        byte[] payload,
        byte @Nullable [] metaData) {

    /** The hash before the first event of a stream: 64 zeros. */
    static final String GENESIS = "0".repeat(64);

    static final String COLUMNS = """
            aggregateidentifier, sequencenumber, eventidentifier, type, payloadtype, payloadrevision,
            timestamp, payload, metadata""";

    /**
     * The stored form of an event as an event stream hands it over: its payload and metadata as the
     * serializer wrote them (a message read from a store keeps those bytes), its time as Axon's JDBC
     * store writes it. For an event of the JDBC store this is the row as stored.
     */
    static StoredEvent of(DomainEventMessage<?> event, Serializer serializer) {
        var payload = event.serializePayload(serializer, byte[].class);
        var metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getIdentifier(),
                event.getType(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getData(),
                metaData.getData());
    }

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(
                row.getString("aggregateidentifier"),
                row.getLong("sequencenumber"),
                row.getString("eventidentifier"),
                row.getString("type"),
                row.getString("payloadtype"),
                row.getString("payloadrevision"),
                row.getString("timestamp"),
                row.getBytes("payload"),
                row.getBytes("metadata"));
    }

    /** This event's link: SHA-256 over the previous link and this event's canonical form, as hex. */
    String chainedTo(String previousHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(HexFormat.of().parseHex(previousHash));
            digest.update(canonicalForm());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private byte[] canonicalForm() {
        var out = new ByteArrayOutputStream();
        field(out, text(aggregateIdentifier));
        field(out, text(Long.toString(sequenceNumber)));
        field(out, text(eventIdentifier));
        field(out, text(type));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, text(timeStamp));
        field(out, payload);
        field(out, metaData == null ? new byte[0] : metaData);
        return out.toByteArray();
    }

    private static byte[] text(@Nullable String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
