package de.lotse.api.esf;

import de.lotse.api.access.Caller;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Find the ESF+ indicator report for a period, as it would have been produced at {@code asOf}.
 * A missing {@code from} or {@code to} leaves that end of the period open; a missing
 * {@code asOf} means now.
 */
public record FindEsfReport(
        Caller caller,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Instant asOf) {}
