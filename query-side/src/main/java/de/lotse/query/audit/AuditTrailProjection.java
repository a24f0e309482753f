package de.lotse.query.audit;

import de.lotse.api.access.Caller;
import de.lotse.api.account.AccountEvent;
import de.lotse.api.housing.HousingEvent;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.platform.messaging.CallerMetaData;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lists every participant, account and housing event in the global trail, with who recorded it and why. */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {

    private final AuditTrail trail;

    AuditTrailProjection(AuditTrail trail) {
        this.trail = trail;
    }

    @EventHandler
    void on(ParticipantEvent event, DomainEventMessage<?> message) {
        trail.record(row(message, event.participantId().value(), null, null));
    }

    @EventHandler
    void on(AccountEvent event, DomainEventMessage<?> message) {
        trail.record(row(message, null, event.username(), null));
    }

    /** A housing event's stream is its property's, unit's or renovation's, whose id is the aggregate's. */
    @EventHandler
    void on(HousingEvent event, DomainEventMessage<?> message) {
        trail.record(row(message, null, null, UUID.fromString(message.getAggregateIdentifier())));
    }

    private static AuditTrail.Row row(
            DomainEventMessage<?> message,
            @Nullable UUID participantId,
            @Nullable String account,
            @Nullable UUID housingStream) {
        var metaData = message.getMetaData();
        return new AuditTrail.Row(
                message.getIdentifier(),
                participantId,
                account,
                housingStream,
                message.getSequenceNumber(),
                ParticipantEvents.storedName(message.getPayloadType()),
                message.getTimestamp(),
                String.valueOf(metaData.getOrDefault(CallerMetaData.RECORDED_BY, Caller.SYSTEM_USER)),
                text(metaData.get(CallerMetaData.CORRELATION_ID)),
                text(metaData.get(CallerMetaData.CAUSATION_ID)));
    }

    @ResetHandler
    void reset() {
        trail.deleteAll();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
