package de.lotse.command.participant;

import static de.lotse.command.participant.History.COACH1;
import static de.lotse.command.participant.History.ID;
import static de.lotse.command.participant.History.intakeOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.RecordExit;
import de.lotse.api.pathway.RecordFollowUp;
import de.lotse.command.intake.IntakeProperties;
import de.lotse.command.intake.IntakeRegister;
import de.lotse.command.system.DeadlineProperties;
import de.lotse.command.system.DeadlineStore;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.tracing.NoOpSpanFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The follow-up deadline in Quartz's JDBC job store on PostgreSQL, as the command side runs it:
 * stored with the exit, gone with the follow-up, and fired by whichever command side runs when it
 * is due, including one started after the one that set it was shut down.
 */
class FollowUpDeadlineStoreTest {

    private static final Duration FIRING = Duration.ofSeconds(45);
    /**
     * A deadline set in the past is a misfire to Quartz, found by a check that runs once per
     * misfire threshold; one second instead of the command side's ten keeps the test short.
     */
    private static final DeadlineProperties PROPERTIES =
            new DeadlineProperties("lotse-deadlines", 2, Duration.ofSeconds(1));

    private final DataSource dataSource = migrated(TestDatabase.fresh());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final SpringTransactionManager transactions =
            new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final JdbcEventStorageEngine events = JdbcEventStorageEngine.builder()
            .connectionProvider(
                    new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource)))
            .transactionManager(transactions)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .build();
    private final List<CommandSide> started = new ArrayList<>();

    @AfterEach
    void shutDown() {
        started.forEach(CommandSide::stop);
    }

    @Test
    void storesTheDeadlineWithTheExitAndDropsItWithTheFollowUp() {
        var commands = commandSide(false);
        var exitDate = today().minusDays(3);
        commands.send(intakeOn(exitDate.minusMonths(1)));

        commands.send(new RecordExit(ID, exitDate, ExitReason.COMPLETED));
        assertThat(storedDeadlines()).containsExactly(FollowUpDeadline.nameFor(ID));

        commands.send(new RecordFollowUp(ID, today(), FollowUpSituation.EMPLOYED, true));
        assertThat(storedDeadlines()).isEmpty();
    }

    @Test
    void storesNoDeadlineForARefusedExit() {
        var commands = commandSide(false);
        commands.send(intakeOn(today()));

        assertThatThrownBy(() -> commands.send(new RecordExit(ID, today().minusDays(1), ExitReason.OTHER)))
                .isInstanceOf(PathwayRuleViolation.class);
        assertThat(storedDeadlines()).isEmpty();
    }

    @Test
    void firesADeadlineWhoseTimeHasAlreadyPassedAtOnce() {
        var commands = commandSide(true);
        var exitDate = today().minusMonths(7);
        commands.send(intakeOn(exitDate.minusMonths(1)));

        commands.send(new RecordExit(ID, exitDate, ExitReason.COMPLETED));

        await().atMost(FIRING).until(() -> !dueEvents().isEmpty());
        assertThat(dueEvents()).containsExactly(new FollowUpBecameDue(ID, exitDate.plusMonths(6)));
        await().atMost(FIRING).until(() -> storedDeadlines().isEmpty());
    }

    @Test
    void firesTheDeadlineAfterARestartOfTheCommandSide() {
        var before = commandSide(false);
        var exitDate = today().minusMonths(6).minusDays(1);
        before.send(intakeOn(exitDate.minusMonths(2)));
        before.send(new RecordExit(ID, exitDate, ExitReason.COMPLETED));
        assertThat(storedDeadlines()).hasSize(1);
        before.stop();
        assertThat(dueEvents()).isEmpty();

        commandSide(true);

        await().atMost(FIRING).until(() -> !dueEvents().isEmpty());
        assertThat(dueEvents()).containsExactly(new FollowUpBecameDue(ID, exitDate.plusMonths(6)));
    }

    /** One command side: Axon on the JDBC event store, and a deadline scheduler that runs or stands by. */
    private CommandSide commandSide(boolean schedulerRunning) {
        var scheduler = scheduler();
        var axon = axon(scheduler);
        var side = new CommandSide(axon, scheduler);
        started.add(side);
        if (schedulerRunning) {
            side.startScheduler();
        }
        return side;
    }

    private Scheduler scheduler() {
        var factory = new SchedulerFactoryBean();
        DeadlineStore.configure(factory, dataSource, PROPERTIES);
        factory.setAutoStartup(false);
        try {
            factory.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("the deadline scheduler did not initialise", e);
        }
        return factory.getObject();
    }

    private Configuration axon(Scheduler scheduler) {
        var spans = DefaultDeadlineManagerSpanFactory.builder()
                .spanFactory(NoOpSpanFactory.INSTANCE)
                .build();
        var configuration = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactions)
                .configureCommandBus(c -> SimpleCommandBus.builder()
                        .transactionManager(transactions)
                        .build())
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> events)
                .registerComponent(
                        IntakeRegister.class, c -> new IntakeRegister(jdbc, new IntakeProperties("test-secret")))
                .registerComponent(Accounts.class, c -> History.everyCoachEnabled())
                .registerComponent(
                        DeadlineManager.class,
                        c -> DeadlineStore.deadlineManager(
                                scheduler, c.scopeAwareProvider(), serializer, transactions, spans))
                .configureAggregate(Participant.class)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    private List<String> storedDeadlines() {
        return jdbc.sql("SELECT job_group FROM qrtz_job_details")
                .query(String.class)
                .list();
    }

    private List<Object> dueEvents() {
        return events.readEvents(ID.toString(), 0)
                .asStream()
                .<Object>map(DomainEventMessage::getPayload)
                .filter(FollowUpBecameDue.class::isInstance)
                .toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static DataSource migrated(DataSource dataSource) {
        SideMigrations.migrate(dataSource, "command");
        return dataSource;
    }

    private static final class CommandSide {

        private final Configuration axon;
        private final Scheduler scheduler;
        private boolean stopped;

        CommandSide(Configuration axon, Scheduler scheduler) {
            this.axon = axon;
            this.scheduler = scheduler;
        }

        Object send(Object command) {
            return axon.commandGateway()
                    .sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(COACH1));
        }

        void startScheduler() {
            try {
                scheduler.start();
            } catch (Exception e) {
                throw new IllegalStateException("the deadline scheduler did not start", e);
            }
        }

        void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            axon.shutdown();
            try {
                scheduler.shutdown(true);
            } catch (Exception e) {
                throw new IllegalStateException("the deadline scheduler did not stop", e);
            }
        }
    }
}
