package de.lotse.query.system;

import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit of work that applies its events one by one: each event handler runs inside a savepoint
 * of the unit of work's transaction and writes its rows at once, instead of collecting them for
 * the commit (see {@link WriteBehind}). A batch is applied this way only after it has failed as a
 * whole, and a parked event whenever it is retried. The batch's failure surfaced at the commit,
 * for all its events at once; applied one by one, the failure is raised by the one event that
 * causes it, inside its handler, where the dead-letter queue parks that event and its
 * participant's later ones. The savepoint undoes what the failing event had written, and keeps
 * the transaction usable for parking it and for every other participant's events.
 */
public final class EventByEvent implements HandlerEnhancerDefinition {

    private static final String KEY = EventByEvent.class.getName();

    private final TransactionTemplate savepoints;

    /** @param transactions the transaction manager of the read models' database */
    public EventByEvent(PlatformTransactionManager transactions) {
        this.savepoints = new TransactionTemplate(transactions);
        this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Makes the unit of work, and every unit of work nested in it, apply its events one by one. */
    public static void switchOn(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(KEY, Boolean.TRUE);
    }

    /** Whether the current unit of work, or one it is nested in, applies its events one by one. */
    public static boolean isOn() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        for (Optional<UnitOfWork<?>> unit = Optional.of(CurrentUnitOfWork.get());
                unit.isPresent();
                unit = unit.get().parent()) {
            if (unit.get().getResource(KEY) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return isOn() ? inSavepoint(() -> original.handle(message, target)) : original.handle(message, target);
            }
        };
    }

    @FunctionalInterface
    private interface Handling {

        Object handle() throws Exception;
    }

    private Object inSavepoint(Handling handling) throws Exception {
        try {
            return savepoints.execute(status -> {
                try {
                    return handling.handle();
                } catch (Exception e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed failed) {
            throw (Exception) failed.getCause();
        }
    }

    /** Carries a handler's checked failure out of the savepoint, which rolls back on it. */
    private static final class Failed extends RuntimeException {

        Failed(Exception cause) {
            super(cause);
        }
    }
}
