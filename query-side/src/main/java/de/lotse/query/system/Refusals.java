package de.lotse.query.system;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import java.util.Arrays;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * How the query handlers refuse: with a {@link Refusal} as the details of a
 * {@link QueryExecutionException}, because only those details survive the trip between JVMs.
 * The role checks repeat the contract's role table inside the handlers, so that a query that
 * reaches them by another way than the secured HTTP routes (the web UI's gateway, another
 * instance) meets the same rule.
 */
public final class Refusals {

    private Refusals() {}

    public static QueryExecutionException refused(Refusal refusal) {
        return new QueryExecutionException(refusal.detail(), null, refusal);
    }

    /** Refuses the caller unless they hold one of the roles; {@code what} names what they asked for. */
    public static void requireAnyRole(Caller caller, String what, Role... roles) {
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw refused(Refusal.roleNotAllowed(what));
        }
    }
}
