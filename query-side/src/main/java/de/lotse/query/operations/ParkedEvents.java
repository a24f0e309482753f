package de.lotse.query.operations;

import static de.lotse.api.access.Permission.HANDLE_PARKED_EVENTS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.operations.EvictParkedEvents;
import de.lotse.api.operations.FindParkedEvents;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ParkedEvent;
import de.lotse.api.operations.ParkedRetry;
import de.lotse.api.operations.RetryParkedEvents;
import de.lotse.query.system.EventByEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events the read models have parked in their dead-letter queues, one queue per read model
 * with one sequence per participant: listing them for the admin, applying a participant's parked
 * events again once the cause is fixed, or dropping them. A retry applies the events
 * {@link EventByEvent one by one}, each in a savepoint, so one that fails again is parked again
 * with its new error, and those before it stay applied.
 */
class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final List<String> readModels;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    ParkedEvents(List<ReadModel> readModels, EventProcessingConfiguration processing, TransactionManager transactions) {
        this.readModels = readModels.stream().map(ReadModel::name).sorted().toList();
        this.processing = processing;
        this.transactions = transactions;
    }

    @QueryHandler
    List<ParkedEvent> handle(FindParkedEvents query) {
        require(query.caller(), HANDLE_PARKED_EVENTS, "reading the parked events");
        return transactions.fetchInTransaction(() -> readModels.stream()
                .flatMap(readModel -> queue(readModel).stream().flatMap(queue -> listed(readModel, queue)))
                .toList());
    }

    @CommandHandler
    ParkedRetry handle(RetryParkedEvents command) {
        var queue = queueHolding(command.readModel(), command.participantId());
        var before = queue.sequenceSize(command.participantId());
        var processor = processing
                .sequencedDeadLetterProcessor(command.readModel())
                .orElseThrow(() -> refused(command.readModel(), command.participantId()));
        var retry = DefaultUnitOfWork.startAndGet(null);
        EventByEvent.switchOn(retry);
        retry.execute(() -> processor.process(letter -> belongsTo(letter, command.participantId())));
        var after = transactions.fetchInTransaction(() -> queue.sequenceSize(command.participantId()));
        log.info("Retried {} parked events of read model {}: {} still parked", before, command.readModel(), after);
        return new ParkedRetry(before - after, after);
    }

    @CommandHandler
    void handle(EvictParkedEvents command) {
        var queue = queueHolding(command.readModel(), command.participantId());
        transactions.executeInTransaction(() -> {
            var letters = new ArrayList<DeadLetter<? extends EventMessage<?>>>();
            queue.deadLetterSequence(command.participantId()).forEach(letters::add);
            letters.forEach(queue::evict);
            log.info("Evicted {} parked events of read model {}", letters.size(), command.readModel());
        });
    }

    /** How many events the read model has parked. */
    long count(String readModel) {
        return queue(readModel)
                .map(queue -> transactions.fetchInTransaction(queue::size))
                .orElse(0L);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String readModel) {
        return readModels.contains(readModel) ? processing.deadLetterQueue(readModel) : Optional.empty();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queueHolding(String readModel, String participantId) {
        return queue(readModel)
                .filter(queue -> transactions.fetchInTransaction(() -> queue.contains(participantId)))
                .orElseThrow(() -> refused(readModel, participantId));
    }

    private static Stream<ParkedEvent> listed(String readModel, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        return StreamSupport.stream(queue.deadLetters().spliterator(), false)
                .flatMap(sequence -> StreamSupport.stream(sequence.spliterator(), false))
                .map(letter -> parked(readModel, letter));
    }

    private static ParkedEvent parked(String readModel, DeadLetter<? extends EventMessage<?>> letter) {
        var message = letter.message();
        var domain = message instanceof DomainEventMessage<?> inStream ? inStream : null;
        var cause = letter.cause();
        return new ParkedEvent(
                readModel,
                domain == null ? message.getIdentifier() : domain.getAggregateIdentifier(),
                message.getPayloadType().getSimpleName(),
                domain == null ? 0 : domain.getSequenceNumber(),
                letter.enqueuedAt(),
                letter.lastTouched(),
                cause.map(c -> c.type()).orElse(null),
                cause.map(c -> c.message()).orElse(null));
    }

    private static boolean belongsTo(DeadLetter<? extends EventMessage<?>> letter, String participantId) {
        return letter.message() instanceof DomainEventMessage<?> event
                && event.getAggregateIdentifier().equals(participantId);
    }

    private static CommandExecutionException refused(String readModel, String participantId) {
        var refusal = new NothingParked(readModel, participantId);
        return new CommandExecutionException(refusal.detail(), null, refusal);
    }
}
