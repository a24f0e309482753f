package de.lotse.bench;

import de.lotse.platform.messaging.CallerMetaData;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends generated routes straight to the event store engine, in batches of whole routes per
 * transaction, as the participants' aggregates would have stored them: each event the next in its
 * stream, serialised by the real serializer, stamped with the coach who recorded it and with a
 * time on the day it happened.
 */
final class EventWriter {

    private static final String AGGREGATE_TYPE = "Participant";
    private static final int RECORDED_AT_HOUR = 9;

    private final EventStorageEngine engine;
    private final TransactionTemplate transactions;

    EventWriter(EventStorageEngine engine, PlatformTransactionManager transactions) {
        this.engine = engine;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Stores the routes in one transaction; the number of events stored. */
    int append(List<List<Pathways.Step>> routes) {
        var messages = new ArrayList<EventMessage<?>>();
        for (var route : routes) {
            for (var sequence = 0; sequence < route.size(); sequence++) {
                messages.add(message(route.get(sequence), sequence));
            }
        }
        transactions.executeWithoutResult(status -> engine.appendEvents(messages));
        return messages.size();
    }

    private static EventMessage<?> message(Pathways.Step step, int sequence) {
        var event = step.event();
        var recordedAt =
                step.day().atTime(RECORDED_AT_HOUR, 0).plusSeconds(sequence).toInstant(ZoneOffset.UTC);
        return new GenericDomainEventMessage<>(
                AGGREGATE_TYPE,
                event.participantId().toString(),
                sequence,
                event,
                Map.of(CallerMetaData.RECORDED_BY, "coach1"),
                UUID.randomUUID().toString(),
                recordedAt);
    }
}
