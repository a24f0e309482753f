package de.lotse.api.esf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ESF+ indicator table of a period, EECO01–EECO17 then EECR01–EECR06, with the consistency
 * checks the funder's system runs on it. {@code asOf} is the instant the report was computed for:
 * only what had been recorded by then counts.
 */
public record EsfReport(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Instant asOf,
        List<IndicatorRow> indicators,
        List<ConsistencyCheck> checks) {

    public EsfReport {
        indicators = List.copyOf(indicators);
        checks = List.copyOf(checks);
    }
}
