package de.lotse.query.pathways;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which versions a report counts: those of participants who entered in the period (both ends
 * included, a missing end open) valid at the report's instant, in SQL over {@code pathway_version}
 * under the alias {@code v}. Without an instant asked for, the report is of now and counts the
 * current versions, which the partial index finds without looking at the replaced ones.
 */
record PeriodCondition(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Instant asOf) {

    String sql() {
        var conditions = new ArrayList<String>();
        conditions.add(
                asOf == null
                        ? "v.recorded_until IS NULL"
                        : "v.recorded_from <= :asOf AND (v.recorded_until IS NULL OR v.recorded_until > :asOf)");
        if (from != null) {
            conditions.add("v.entry_date >= :from");
        }
        if (to != null) {
            conditions.add("v.entry_date <= :to");
        }
        return String.join(" AND ", conditions);
    }

    /** The parameters of {@link #sql()}, and {@code :recordedBy}, the instant of the report (now if none was asked for). */
    Map<String, Object> parameters(Instant recordedBy) {
        var parameters = new HashMap<String, Object>();
        parameters.put("recordedBy", recordedBy.atOffset(ZoneOffset.UTC));
        if (asOf != null) {
            parameters.put("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        return parameters;
    }
}
