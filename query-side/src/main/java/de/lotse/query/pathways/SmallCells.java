package de.lotse.query.pathways;

import java.util.Collection;
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

    /** The median of the values (the mean of the middle two of an even number), taken over {@code participants}. */
    @Nullable Double median(Collection<Integer> values, long participants) {
        if (values.isEmpty() || (suppressed && participants < SUPPRESSED_BELOW)) {
            return null;
        }
        var sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        var middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
