package de.lotse.query.operations;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * A read model that can be rebuilt from the first event while its old rows keep being served.
 * Each read model declares one as a bean in its own package: its {@code name}, which is the
 * processing group of its projection and so the name of the event processor that runs it; the
 * {@code tables} it keeps, all of them and no other; and how to build its projection over another
 * {@link NamedParameterJdbcOperations}.
 *
 * <p>The rebuild runs a second instance of the projection whose client sees only the rebuild
 * copies of the tables, so the projection's SQL must name its tables unqualified and must rely
 * on nothing else of the live schema (built-in functions and types are always found). Its event
 * handlers must be idempotent, since events around the switch are applied twice, and, as for the
 * live processor's segments, a participant's rows may change only by that participant's events,
 * since several workers rebuild at once, each a share of the participants. Its tables must not use
 * {@code serial} columns (identity columns are fine), foreign keys or views.
 */
public record ReadModel(String name, List<String> tables, ProjectionFactory projection) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReadModel {
        tables = List.copyOf(tables);
        if (tables.isEmpty()
                || !tables.stream().allMatch(table -> TABLE_NAME.matcher(table).matches())) {
            throw new IllegalArgumentException("read model " + name + " needs plain lower-case table names");
        }
    }

    /** Builds the read model's projection, with every table class it uses, over {@code jdbc}. */
    @FunctionalInterface
    public interface ProjectionFactory {

        Object projectionOn(NamedParameterJdbcOperations jdbc);
    }

    public Object projectionOn(NamedParameterJdbcOperations jdbc) {
        return projection.projectionOn(jdbc);
    }
}
