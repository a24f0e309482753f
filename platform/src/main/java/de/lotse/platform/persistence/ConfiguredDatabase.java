package de.lotse.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PostgreSQL named by {@code spring.datasource.url}, as Spring Boot would build it, but
 * declared here rather than left to Boot's auto-configuration: Axon's JDBC auto-configuration
 * (event store, token store) only switches on when it sees a DataSource bean, and it is not
 * ordered after Boot's DataSource auto-configuration, so it could look too early and find none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.url")
public class ConfiguredDatabase {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }
}
