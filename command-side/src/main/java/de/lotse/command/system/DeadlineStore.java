package de.lotse.command.system;

import java.util.Properties;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
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

    private DeadlineStore() {}

    /** Points Spring's scheduler factory at the job store in {@code dataSource}. */
    public static void configure(SchedulerFactoryBean factory, DataSource dataSource, DeadlineProperties properties) {
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
