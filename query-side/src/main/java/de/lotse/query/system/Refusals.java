package de.lotse.query.system;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * How the query handlers refuse: with a {@link Refusal} as the details of a
 * {@link QueryExecutionException}, because only those details survive the trip between JVMs.
 * Every handler checks the caller's permission in the one role table itself, so that a query that
 * reaches it by another way than the secured HTTP routes (the web UI's gateway, another instance)
 * meets the same rule.
 */
public final class Refusals {

    private Refusals() {}

    public static QueryExecutionException refused(Refusal refusal) {
        return new QueryExecutionException(refusal.detail(), null, refusal);
    }

    /** Refuses the caller unless the role table grants them the permission; {@code what} names what they asked for. */
    public static void require(Caller caller, Permission permission, String what) {
        if (!caller.may(permission)) {
            throw refused(Refusal.roleNotAllowed(what));
        }
    }
}
