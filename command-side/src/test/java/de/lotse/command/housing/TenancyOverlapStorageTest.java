package de.lotse.command.housing;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.lotse.api.housing.Address;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's half of "a unit is never let twice": two tenancies of one unit appended at the same
 * time, past any aggregate (with sequence numbers of their own, as two writers that each believed
 * the unit free would), cannot both be stored. The register's exclusion constraint refuses the
 * second while the events commit, and its events roll back with it.
 */
class TenancyOverlapStorageTest {

    private static final PropertyId PROPERTY = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    private static final UnitId UNIT = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f70");
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final DataSourceTransactionManager springTransactions = new DataSourceTransactionManager(dataSource);
    private final SpringTransactionManager transactions = new SpringTransactionManager(springTransactions);
    private Configuration axon;

    @BeforeEach
    void startAxonWithTheRegister() {
        SideMigrations.migrate(dataSource, "command");
        var serializer = Jackson3Serializer.builder().build();
        var engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactions)
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine);
        configurer.eventProcessing().registerEventHandler(c -> new HousingRegisterRecorder(new HousingRegister(jdbc)));
        new HousingConfiguration().housingEventHandlers().configureModule(configurer);
        axon = configurer.buildConfiguration();
        axon.start();
        append(
                new PropertyAcquired(
                        PROPERTY,
                        new Address("Mallinckrodtstraße", "12", "44147", "Dortmund"),
                        "Nordstadt",
                        Holding.PURCHASED,
                        "Stiftung Soziale Stadt",
                        APRIL),
                "Property",
                PROPERTY.toString(),
                0,
                null);
        append(
                new UnitAdded(UNIT, PROPERTY, "EG", 2, BigDecimal.TEN, BigDecimal.TEN, false, Holding.PURCHASED),
                "Unit",
                UNIT.toString(),
                0,
                null);
    }

    @AfterEach
    void shutDown() {
        axon.shutdown();
    }

    @Test
    void storesOnlyOneOfTwoOverlappingTenanciesAppendedAtOnce() throws Exception {
        var firstStored = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var first = executor.submit(() -> append(tenancy(APRIL, null), "Unit", UNIT.toString(), 1, () -> {
                firstStored.countDown();
                awaitUninterruptibly(firstMayCommit);
            }));
            assertThat(firstStored.await(10, SECONDS)).isTrue();
            var second = executor.submit(
                    () -> append(tenancy(APRIL.plusMonths(3), APRIL.plusYears(1)), "Unit", UNIT.toString(), 2, null));
            await().atMost(Duration.ofSeconds(10)).until(() -> transactionsWaitingForALock() == 1);
            firstMayCommit.countDown();

            first.get(10, SECONDS);
            assertThatThrownBy(() -> second.get(10, SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(failure -> assertThat(violationIn(failure)).isEqualTo(HousingRule.UNIT_OCCUPIED));
            assertThat(count("housing_tenancy")).isEqualTo(1);
            assertThat(storedTenancies()).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void storesTenanciesThatFollowEachOther() {
        append(tenancy(APRIL, APRIL.plusMonths(6).minusDays(1)), "Unit", UNIT.toString(), 1, null);
        append(tenancy(APRIL.plusMonths(6), null), "Unit", UNIT.toString(), 2, null);

        assertThat(count("housing_tenancy")).isEqualTo(2);
        assertThat(storedTenancies()).isEqualTo(2);
    }

    private static TenancyStarted tenancy(LocalDate start, @Nullable LocalDate end) {
        return new TenancyStarted(
                UNIT,
                TenancyId.random(),
                OfferId.random(),
                VacancyId.random(),
                ParticipantId.random(),
                start,
                end,
                new BigDecimal("380.00"),
                false);
    }

    /**
     * Appends one event in a unit of work of its own, inside a transaction as a command's: the
     * register's row and the event commit together when it ends. {@code beforeCommit} runs once
     * both are written, before the commit.
     */
    private void append(Object event, String type, String aggregate, long sequence, @Nullable Runnable beforeCommit) {
        new TransactionTemplate(springTransactions).executeWithoutResult(status -> {
            var unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions);
            axon.eventStore().publish(new GenericDomainEventMessage<>(type, aggregate, sequence, event));
            unitOfWork.commit();
            if (beforeCommit != null) {
                beforeCommit.run();
            }
        });
    }

    private static @Nullable HousingRule violationIn(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HousingRuleViolation violation) {
                return violation.rule();
            }
        }
        return null;
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private int storedTenancies() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = :type")
                .param("type", TenancyStarted.class.getName())
                .query(Integer.class)
                .single();
    }

    private int transactionsWaitingForALock() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
