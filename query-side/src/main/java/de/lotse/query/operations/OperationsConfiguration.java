package de.lotse.query.operations;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The rebuilds of every read model that declares itself as a {@link ReadModel} bean, its
 * dead-letter queue, and the token positions both the rebuilds and the projection status read.
 * Tokens are read with the general serializer, the one Axon's JDBC token store writes them with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
class OperationsConfiguration {

    /**
     * Participants, and events of one participant, a read model may park before its queue counts as
     * full; a full queue fails the batch, and the read model stands still, as it did without a queue.
     */
    static final int MOST_PARKED = 100_000;

    @Bean
    ProcessorTokens processorTokens(JdbcClient jdbc, Serializer serializer) {
        return new ProcessorTokens(jdbc, serializer);
    }

    @Bean
    ProcessorFailures processorFailures(Clock clock) {
        return new ProcessorFailures(clock);
    }

    /**
     * Every read model's live processor takes the read model's switch lock for each batch it
     * applies, reports a batch that fails to the projection status until one commits again, and
     * retries such a batch event by event. An event that fails then is parked in the read model's
     * dead-letter queue, sequenced per participant as the segments are, so the participant's later
     * events are parked behind it, in order, while everyone else's are applied. A parked event is
     * retried in a savepoint of its own (the transaction manager of the dead-letter invoker nests),
     * so that a failed retry keeps the transaction usable for parking it again. Whether a
     * participant has parked events is asked of the queue only until a segment knows its
     * participants have none (Axon's sequence identifier cache, kept per segment and dropped when
     * the segment moves), so a live event costs no extra query while nothing is parked.
     */
    @Bean
    ConfigurerModule liveProcessors(
            List<ReadModel> readModels,
            JdbcClient jdbc,
            ProcessorFailures failures,
            PlatformTransactionManager transactions,
            ConnectionProvider connections) {
        var joining = new SpringTransactionManager(transactions);
        var nesting = new SpringTransactionManager(
                transactions, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.registerDefaultErrorHandler(axon -> failures);
            readModels.forEach(readModel -> processing
                    .registerHandlerInterceptor(readModel.name(), axon -> new SwitchLock(jdbc, readModel.name()))
                    .registerHandlerInterceptor(readModel.name(), axon -> failures.clearedOnCommit(readModel.name()))
                    .registerHandlerInterceptor(
                            readModel.name(), axon -> failures.eventByEventAfterFailure(readModel.name()))
                    .registerDeadLetterQueue(
                            readModel.name(),
                            axon -> JdbcSequencedDeadLetterQueue.builder()
                                    .processingGroup(readModel.name())
                                    .connectionProvider(connections)
                                    .transactionManager(joining)
                                    .genericSerializer(axon.serializer())
                                    .eventSerializer(axon.eventSerializer())
                                    .maxSequences(MOST_PARKED)
                                    .maxSequenceSize(MOST_PARKED)
                                    .build())
                    .registerDeadLetterPolicy(readModel.name(), axon -> new ParkingPolicy())
                    .registerDeadLetteringEventHandlerInvokerConfiguration(
                            readModel.name(),
                            (axon, invoker) ->
                                    invoker.transactionManager(nesting).enableSequenceIdentifierCache()));
        };
    }

    @Bean
    ParkedEvents parkedEvents(
            List<ReadModel> readModels,
            EventProcessingConfiguration processing,
            PlatformTransactionManager transactions) {
        return new ParkedEvents(readModels, processing, new SpringTransactionManager(transactions));
    }

    @Bean
    ProjectionRebuilds projectionRebuilds(
            List<ReadModel> readModels,
            DataSource dataSource,
            EventStore events,
            EventProcessingConfiguration processing,
            ProcessorTokens tokens,
            RebuildProperties properties,
            Clock clock) {
        return new ProjectionRebuilds(readModels, dataSource, events, processing, tokens, properties, clock);
    }
}
