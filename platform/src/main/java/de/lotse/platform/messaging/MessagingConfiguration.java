package de.lotse.platform.messaging;

import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.security.CurrentCaller;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's message handling as both sides need it: Jackson 3 everywhere, stable event names, and
 * every command stamped with its sender, whose name every resulting event inherits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class MessagingConfiguration {

    /**
     * Axon's tokens (ReplayToken wraps the token at reset) are stored polymorphically; Jackson 3
     * refuses polymorphic types unless a validator allows them.
     */
    @Bean
    Jackson3SerializerCustomizer axonTypesAllowed() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("de.lotse.")
                .allowIfSubType("java.util.")
                .build());
    }

    /**
     * Axon runs every command and every event processor batch in one of Spring's transactions: an
     * event is stored together with the rows its command writes (the intake register, the hash
     * chain, the deadline), and a projection's rows commit with its token. Axon 4's auto-configuration
     * would do this, but it orders itself after Spring Boot 3's class names of the JDBC
     * configuration; on Boot 4 it may run first, see no transaction manager yet, and silently fall
     * back to none at all.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /**
     * The events' serializer. It keeps up to {@code lotse.events.decoded-cache-size} events decoded
     * (8,192 unless set, a few megabytes): enough for read models that read the same stretch of
     * the stream at about the same time to decode it once ({@link DecodedEvents}).
     */
    @Bean
    @Qualifier("eventSerializer") Serializer eventSerializer(
            RevisionResolver revisionResolver,
            Jackson3SerializerCustomizer customizer,
            PersonalDataCipher cipher,
            @Value("${lotse.events.decoded-cache-size:8192}") int decodedCacheSize) {
        return new StableNameEventSerializer(
                Jackson3Serializer.builder().revisionResolver(revisionResolver).jsonMapperBuilderCustomizer(customizer),
                cipher,
                new DecodedEvents(decodedCacheSize));
    }

    /**
     * Axon registers every upcaster bean in the chain its event stores read through, the command
     * side's chained JDBC engine and the query side's alike.
     */
    @Bean
    EventUpcaster participantExitedUpcaster() {
        return new ParticipantExitedUpcaster();
    }

    @Bean
    EventUpcaster qualificationRecordedUpcaster() {
        return new QualificationRecordedUpcaster();
    }

    /**
     * Axon's origin provider under the names auditors know: the causation id is the message that
     * caused this one (Axon's "correlation key"), the correlation id the root of it all (Axon's
     * "trace key").
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(CallerMetaData.CAUSATION_ID, CallerMetaData.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider recordedByProvider() {
        return new SimpleCorrelationDataProvider(CallerMetaData.RECORDED_BY);
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, CurrentCaller currentCaller) {
        MessageDispatchInterceptor<CommandMessage<?>> stampSender =
                messages -> (index, command) -> command.andMetaData(CallerMetaData.of(currentCaller.get()));
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(List.of(stampSender))
                .build();
    }
}
