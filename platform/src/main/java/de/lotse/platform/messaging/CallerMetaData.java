package de.lotse.platform.messaging;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;

/**
 * The metadata keys that say who sent a command and which request it belongs to. The sender
 * ({@code recordedBy}) and the correlation and causation ids are copied onto every event the
 * command causes; the roles only serve the decision whether the sender may act.
 */
public final class CallerMetaData {

    public static final String RECORDED_BY = "recordedBy";
    public static final String ROLES = "roles";
    /** The id of the request's first message; every message it leads to carries it. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one (an event's command). */
    public static final String CAUSATION_ID = "causationId";

    private CallerMetaData() {}

    public static Map<String, String> of(Caller caller) {
        var roles = caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return Map.of(RECORDED_BY, caller.user(), ROLES, roles);
    }

    /** The caller a message was sent by; a message without sender is the system acting alone. */
    public static Caller callerOf(MetaData metaData) {
        var user = String.valueOf(metaData.getOrDefault(RECORDED_BY, "system"));
        var roles = String.valueOf(metaData.getOrDefault(ROLES, ""));
        return new Caller(
                user,
                Arrays.stream(roles.split(","))
                        .filter(r -> !r.isBlank())
                        .map(Role::valueOf)
                        .collect(Collectors.toSet()));
    }
}
