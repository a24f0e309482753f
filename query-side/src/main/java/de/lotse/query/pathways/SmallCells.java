package de.lotse.query.pathways;

import org.jspecify.annotations.Nullable;

/**
 * How a report shows its figures: for evaluators every count below {@link #SUPPRESSED_BELOW} is
 * left out (null), and so is every median over fewer participants, so that no cell points at a
 * handful of people; everyone else sees every figure. A median over nobody is null for everyone.
 */
record SmallCells(boolean suppressed) {

    static final int SUPPRESSED_BELOW = 5;

    @Nullable Long count(long count) {
        return suppressed && count < SUPPRESSED_BELOW ? null : count;
    }

    /** The median (the mean of the middle two of an even number of values) taken over {@code participants}. */
    @Nullable Double median(@Nullable Double median, long participants) {
        return median == null || (suppressed && participants < SUPPRESSED_BELOW) ? null : median;
    }
}
