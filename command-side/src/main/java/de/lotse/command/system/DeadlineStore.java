package de.lotse.command.system;

import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Where the participants' deadlines wait: Quartz on a JDBC job store in the command side's own
 * tables (migration V3), so that a deadline outlives a restart and fires on whichever instance of
 * the command side runs at its time; the instances share the store as a Quartz cluster.
 *
 * <p>Given a DataSource, Spring's {@code SchedulerFactoryBean} uses its {@code LocalDataSourceJobStore},
 * which writes through the Spring-managed connection of the current transaction. Axon's deadline
 * manager schedules and cancels while the command's unit of work commits, so a deadline is set or
 * cancelled in the same transaction as the events of the command: a refused command leaves none.
 *
 * <p>Public, with static methods, because the participant's storage test builds the same store.
 */
public final class DeadlineStore {

    /** Quartz's two locks: the job store's writes, and the cluster's check-ins. */
    private static final List<String> LOCKS = List.of("TRIGGER_ACCESS", "STATE_ACCESS");

    private DeadlineStore() {}

    /**
     * Points Spring's scheduler factory at the job store in {@code dataSource}, whose tables must
     * exist already, and makes sure the store's lock rows do.
     */
    public static void configure(SchedulerFactoryBean factory, DataSource dataSource, DeadlineProperties properties) {
        provideLocks(dataSource, properties.schedulerName());
        factory.setDataSource(dataSource);
        factory.setSchedulerName(properties.schedulerName());
        factory.setQuartzProperties(quartzProperties(properties));
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.setOverwriteExistingJobs(false);
    }

    /**
     * Axon's deadline manager on the scheduler. It stores the deadline's payload and scope with the
     * general serializer and fires the deadline in a transaction of its own.
     */
    public static QuartzDeadlineManager deadlineManager(
            Scheduler scheduler,
            ScopeAwareProvider scopes,
            Serializer serializer,
            TransactionManager transactions,
            DeadlineManagerSpanFactory spans) {
        return QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(scopes)
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spans)
                .build();
    }

    /**
     * Quartz serialises the writes of a cluster on rows of {@code QRTZ_LOCKS} and inserts a row the
     * first time it needs it. When two commands set the first deadlines at once, both insert the
     * missing row; on PostgreSQL the loser's statement fails, which aborts its whole transaction,
     * and Quartz retries the lock without telling Axon, so the command was answered as done while
     * its commit silently rolled back: acknowledged exits were lost (KillUnderLoadTest found it).
     * With the rows there before the first deadline, no such insert ever happens.
     */
    private static void provideLocks(DataSource dataSource, String schedulerName) {
        var jdbc = new JdbcTemplate(dataSource);
        for (var lock : LOCKS) {
            jdbc.update(
                    "INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    schedulerName,
                    lock);
        }
    }

    static Properties quartzProperties(DeadlineProperties properties) {
        var quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
        quartz.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty(
                "org.quartz.jobStore.misfireThreshold",
                String.valueOf(properties.misfireThreshold().toMillis()));
        quartz.setProperty("org.quartz.threadPool.threadCount", String.valueOf(properties.threads()));
        return quartz;
    }
}
