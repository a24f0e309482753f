package de.lotse.api.pathways;

import de.lotse.api.access.Caller;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Find the pathway analytics of the participants who entered in a period, as they would have been
 * produced at {@code asOf}. A missing {@code from} or {@code to} leaves that end open; a missing
 * {@code asOf} means now.
 */
public record FindPathwayReport(
        Caller caller,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Instant asOf) {}
