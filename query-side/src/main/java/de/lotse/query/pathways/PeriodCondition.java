package de.lotse.query.pathways;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which versions a report reads: those of participants who entered in the period (both ends
 * included, a missing end open) that were valid at the report's instant, in SQL over the
 * {@code pathway_version} table under the alias {@code v}.
 */
record PeriodCondition(@Nullable LocalDate from, @Nullable LocalDate to) {

    /** The version valid at {@code :asOf}: recorded by then, and not yet replaced by then. */
    static final String VALID_AT =
            "v.recorded_from <= :asOf AND (v.recorded_until IS NULL OR v.recorded_until > :asOf)";

    String sql() {
        var conditions = new ArrayList<String>();
        conditions.add("TRUE");
        if (from != null) {
            conditions.add("v.entry_date >= :from");
        }
        if (to != null) {
            conditions.add("v.entry_date <= :to");
        }
        return String.join(" AND ", conditions);
    }

    Map<String, Object> parameters(Instant asOf) {
        var parameters = new HashMap<String, Object>();
        parameters.put("asOf", asOf.atOffset(ZoneOffset.UTC));
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        return parameters;
    }
}
