package de.lotse.query.operations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far an event processor has read, from the token table itself rather than from the
 * processor: so the answer covers every segment, whichever instance holds it, and stays right
 * while the processor is stopped. A position is the global index of the last event a segment has
 * applied; a segment that has applied none is at 0.
 */
final class ProcessorTokens {

    private record StoredToken(
            String processor,
            int segment,
            byte @Nullable [] token,
            @Nullable String tokenType) {}

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The position of the processor's slowest segment. */
    long lowest(String processor) {
        return positions(processor).min().orElse(0);
    }

    /** The position of the processor's furthest segment. */
    long highest(String processor) {
        return positions(processor).max().orElse(0);
    }

    /**
     * The stored token of each segment of each of the processors, by processor and segment id, in
     * one query; a segment that has applied nothing yet maps to {@link Optional#empty()}. A
     * processor that has never run has no entry.
     */
    Map<String, Map<Integer, Optional<TrackingToken>>> bySegment(Collection<String> processors) {
        List<StoredToken> stored = jdbc.sql("""
                        SELECT processorname AS processor, segment, token, tokentype AS token_type
                        FROM tokenentry WHERE processorname IN (:processors)""")
                .param("processors", processors)
                .query(StoredToken.class)
                .list();
        return stored.stream()
                .collect(Collectors.groupingBy(
                        StoredToken::processor, Collectors.toMap(StoredToken::segment, this::token)));
    }

    static long positionOf(@Nullable TrackingToken token) {
        return token == null ? 0 : Math.max(0, token.position().orElse(0));
    }

    private LongStream positions(String processor) {
        return bySegment(List.of(processor)).getOrDefault(processor, Map.of()).values().stream()
                .mapToLong(token -> positionOf(token.orElse(null)));
    }

    private Optional<TrackingToken> token(StoredToken stored) {
        if (stored.token() == null || stored.tokenType() == null) {
            return Optional.empty();
        }
        return Optional.of(serializer.deserialize(
                new SimpleSerializedObject<>(stored.token(), byte[].class, stored.tokenType(), null)));
    }
}
