package de.lotse.query.operations;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuilds of every read model that declares itself as a {@link ReadModel} bean, and the
 * token positions both the rebuilds and the projection status read. Tokens are read with the
 * general serializer, the one Axon's JDBC token store writes them with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
class OperationsConfiguration {

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
     * applies, and reports a batch that fails to the projection status until one commits again.
     */
    @Bean
    ConfigurerModule liveProcessors(List<ReadModel> readModels, JdbcClient jdbc, ProcessorFailures failures) {
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.registerDefaultErrorHandler(axon -> failures);
            readModels.forEach(readModel -> processing
                    .registerHandlerInterceptor(readModel.name(), axon -> new SwitchLock(jdbc, readModel.name()))
                    .registerHandlerInterceptor(readModel.name(), axon -> failures.clearedOnCommit(readModel.name())));
        };
    }

    @Bean
    ProjectionRebuilds projectionRebuilds(
            List<ReadModel> readModels,
            DataSource dataSource,
            EventStore events,
            EventProcessingConfiguration processing,
            ProcessorTokens tokens,
            RebuildProperties properties) {
        return new ProjectionRebuilds(readModels, dataSource, events, processing, tokens, properties);
    }
}
