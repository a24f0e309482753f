package de.lotse.command.system;

import de.lotse.command.intake.IntakeProperties;
import de.lotse.platform.persistence.SideMigrations;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's schema (Axon's event store and the intake register) under its own Flyway
 * history. The migration runs while the context starts; Axon touches the tables only once its
 * components start after every singleton, and commands arrive later still.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class CommandSideConfiguration {

    @Bean
    Flyway commandSideMigrations(DataSource dataSource) {
        return SideMigrations.migrate(dataSource, "command");
    }
}
