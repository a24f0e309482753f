package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Find the housing report for a period, as it would have been produced at {@code asOf}: only what
 * had been recorded by then counts. A missing {@code from} leaves the period open at its start; a
 * missing {@code to} ends it on the day of {@code asOf}; a missing {@code asOf} means now.
 */
public record FindHousingReport(
        Caller caller,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Instant asOf) {}
