package de.lotse.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose files live in {@code <data-dir>/postgres},
 * so that a restart keeps every participant. It is started only when no
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is given; with one, Lotse uses
 * that database and starts nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${lotse.data-dir:./data}") Path dataDir) throws IOException {
        var directory = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout}") long connectionTimeout,
            @Value("${spring.datasource.hikari.validation-timeout}") long validationTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout);
        config.setValidationTimeout(validationTimeout);
        config.setPoolName("lotse-embedded");
        return new HikariDataSource(config);
    }
}
