package de.lotse.web.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ReplayRefusal;
import de.lotse.api.pathway.RuleViolation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The UI's one way to the sides: commands through the {@link CommandGateway} (which stamps the
 * sender), queries through the {@link QueryGateway}. A side says no through the details of Axon's
 * execution exceptions, since only those survive a trip between JVMs; here they become a
 * {@link Rejection} a form shows in place, or a {@link RefusedRequest} that ends as an error page.
 */
@Component
public class Gateways {

    private final CommandGateway commands;
    private final QueryGateway queries;

    Gateways(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends the command and waits until its events are stored; empty when it was carried out. */
    public Optional<Rejection> send(Object command) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
            return Optional.of(Rejection.concurrentChange());
        } catch (CommandExecutionException refused) {
            return Optional.of(rejectionIn(refused));
        }
    }

    /** Asks the query side; a refusal is thrown as {@link RefusedRequest}. */
    public <R> R ask(Object query, Class<R> answer) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(answer)).join();
        } catch (CompletionException failure) {
            throw refused(failure);
        }
    }

    /** Asks the query side for a list; a refusal is thrown as {@link RefusedRequest}. */
    public <E> List<E> askForList(Object query, Class<E> element) {
        try {
            return queries.query(query, ResponseTypes.multipleInstancesOf(element))
                    .join();
        } catch (CompletionException failure) {
            throw refused(failure);
        }
    }

    /** Asks the query side, answering empty when the participant asked for is not (yet) known. */
    public <R> Optional<R> askIfKnown(Object query, Class<R> answer) {
        return askIfKnown(query, answer, Refusal.Reason.UNKNOWN_PARTICIPANT);
    }

    /** Asks the query side, answering empty when it refuses with {@code unknown}: what was asked for is not (yet) known. */
    public <R> Optional<R> askIfKnown(Object query, Class<R> answer, Refusal.Reason unknown) {
        try {
            return Optional.of(ask(query, answer));
        } catch (RefusedRequest refused) {
            if (refused.refusal().reason() == unknown) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private static RuntimeException refused(CompletionException failure) {
        var refusal = refusalIn(failure.getCause());
        return refusal == null ? failure : new RefusedRequest(refusal);
    }

    private static Rejection rejectionIn(CommandExecutionException refused) {
        var details = refused.getDetails().orElse(null);
        if (details instanceof RuleViolation violation) {
            return Rejection.of(violation);
        }
        if (details instanceof HousingViolation violation) {
            return Rejection.of(violation);
        }
        if (details instanceof Refusal refusal) {
            return Rejection.of(refusal);
        }
        if (details instanceof ReplayRefusal refusal) {
            return Rejection.of(refusal);
        }
        if (details instanceof NothingParked nothing) {
            return Rejection.of(nothing);
        }
        throw refused;
    }

    /** The refusal a query handler attached, possibly wrapped once more on its way. */
    private static @Nullable Refusal refusalIn(@Nullable Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException execution
                    && execution.getDetails().orElse(null) instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
