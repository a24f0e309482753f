package de.lotse.command.audit;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, with every append followed by the hash-chain links of the events it
 * stored, in one transaction: the command's own when there is one, else a new one for both.
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
}
