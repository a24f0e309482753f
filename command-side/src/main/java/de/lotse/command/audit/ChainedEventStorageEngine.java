package de.lotse.command.audit;

import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, with every append followed by the hash-chain links of the events it
 * stored, in one transaction: the command's own when there is one, else a new one for both.
 * Snapshots are no events: they are stored and replaced apart from the chain, which covers the
 * events alone.
 */
class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    private final EventChain chain;
    private final TransactionManager transactionManager;

    ChainedEventStorageEngine(
            JdbcEventStorageEngine.Builder builder, TransactionManager transactionManager, EventChain chain) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
        this.chain = chain;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            chain.extendBy(events.stream().map(EventMessage::getIdentifier).toList());
        });
    }

    /**
     * Axon deserializes a snapshot lazily, when the aggregate is built from it, and then a snapshot
     * that cannot be read (its key destroyed, its shape changed without a new revision) fails the
     * command. Read here, inside the event store's guard, such a snapshot is logged and the
     * aggregate is built from all its events instead.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        var snapshot = super.readSnapshot(aggregateIdentifier);
        snapshot.ifPresent(DomainEventMessage::getPayload);
        return snapshot;
    }
}
