package de.lotse.command.system;

import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The persistent deadline manager of the command side: Spring Boot's Quartz scheduler, turned into
 * a JDBC job store by {@link DeadlineStore}, under Axon's Quartz deadline manager. Spring starts the
 * scheduler in the last lifecycle phase, after Axon's, so a deadline that fell due while no instance
 * ran finds its aggregate's repository ready when it fires at start-up.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    /** Needs the command side's migrations, which create the job store's tables, to have run. */
    @Bean
    SchedulerFactoryBeanCustomizer deadlineStore(
            DataSource dataSource,
            DeadlineProperties properties,
            @Qualifier("commandSideMigrations") Flyway commandSideMigrations) {
        return factory -> DeadlineStore.configure(factory, dataSource, properties);
    }

    @Bean
    DeadlineManager deadlineManager(
            Scheduler scheduler,
            Configuration axon,
            Serializer serializer,
            TransactionManager transactions,
            DeadlineManagerSpanFactory spans) {
        return DeadlineStore.deadlineManager(
                scheduler, new ConfigurationScopeAwareProvider(axon), serializer, transactions, spans);
    }
}
