package de.lotse.query.audit;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.platform.messaging.CallerMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Lists every participant event in the global trail, with who recorded it and why. */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {

    private final AuditTrail trail;

    AuditTrailProjection(AuditTrail trail) {
        this.trail = trail;
    }

    @EventHandler
    void on(ParticipantEvent event, DomainEventMessage<?> message) {
        var metaData = message.getMetaData();
        trail.record(new AuditTrail.Row(
                message.getIdentifier(),
                event.participantId().value(),
                message.getSequenceNumber(),
                ParticipantEvents.storedName(event.getClass()),
                message.getTimestamp(),
                String.valueOf(metaData.getOrDefault(CallerMetaData.RECORDED_BY, "system")),
                text(metaData.get(CallerMetaData.CORRELATION_ID)),
                text(metaData.get(CallerMetaData.CAUSATION_ID))));
    }

    @ResetHandler
    void reset() {
        trail.deleteAll();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
