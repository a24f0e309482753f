package de.lotse.api.pathways;

import de.lotse.api.pathway.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One stage of the funnel: how many participants ever started it and how their latest run of it
 * ended (still active ones are in none of the three), the median days from the entry to its first
 * start, and the median days it was active for those whose latest run has ended.
 */
public record StageFunnel(
        Stage stage,
        @Nullable Long started,
        @Nullable Long completed,
        @Nullable Long aborted,
        @Nullable Long closedAtExit,
        @Nullable Double medianDaysFromEntry,
        @Nullable Double medianDaysActive) {}
