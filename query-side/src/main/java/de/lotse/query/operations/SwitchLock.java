package de.lotse.query.operations;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a read model's live processors and the switch of its rebuild apart, on every query-side
 * instance at once: a PostgreSQL advisory lock per read model. Each batch a live processor applies
 * holds it shared until the batch's transaction ends; the switch takes it exclusively, so it waits
 * for the batches in flight anywhere and holds off new ones until the rebuilt tables are in place.
 * While the switch holds it no segment's token moves, so the rebuild can apply every event up to
 * the furthest token before the tables change places, and no event ends up in the old tables only.
 */
final class SwitchLock implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcClient jdbc;
    private final String readModel;

    /** The interceptor for the live processor of the read model, over the processor's own database. */
    SwitchLock(JdbcClient jdbc, String readModel) {
        this.jdbc = jdbc;
        this.readModel = readModel;
    }

    /** Takes the lock shared, once per batch, before the batch's first event is applied. */
    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        unitOfWork.root().getOrComputeResource("switch-lock-" + readModel, ignored -> take(jdbc, readModel));
        return interceptorChain.proceed();
    }

    /** Takes the lock shared, as a live batch does, until the current transaction ends. */
    static boolean take(JdbcClient jdbc, String readModel) {
        return lock(jdbc, "pg_advisory_xact_lock_shared", readModel);
    }

    /** Takes the lock exclusively, as a switch does, until the current transaction ends. */
    static void takeExclusively(JdbcClient jdbc, String readModel) {
        lock(jdbc, "pg_advisory_xact_lock", readModel);
    }

    private static boolean lock(JdbcClient jdbc, String function, String readModel) {
        jdbc.sql("SELECT " + function + "(hashtext(:key))")
                .param("key", "lotse-switch:" + readModel)
                .query()
                .listOfRows();
        return true;
    }
}
