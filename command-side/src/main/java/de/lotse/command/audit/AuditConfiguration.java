package de.lotse.command.audit;

import de.lotse.platform.messaging.SealedSnapshotSerializer;
import de.lotse.platform.privacy.PersonalDataCipher;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store on PostgreSQL with its hash chain: Axon's JDBC engine, built as Axon's own
 * auto-configuration would build it, plus the chain links. With Axon Server the events live
 * there, this engine is not used, and the {@link ChainKeeper} keeps the chain instead (see
 * {@link ChainKeeperConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnJdbcEventStore
class AuditConfiguration {

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    /**
     * Snapshots are written by the {@link SealedSnapshotSerializer}, never by the general serializer:
     * a participant's snapshot holds their personal data.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            RevisionResolver revisionResolver,
            Jackson3SerializerCustomizer customizer,
            PersonalDataCipher cipher,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            JdbcClient jdbc) {
        var builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(SealedSnapshotSerializer.of(revisionResolver, customizer, cipher))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .schema(new EventSchema());
        return new ChainedEventStorageEngine(builder, transactionManager, new EventChain(jdbc));
    }

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return new ChainVerifier(new JdbcTemplate(dataSource), readOnly);
    }
}
