package de.lotse.api.worklist;

import java.util.List;
import java.util.Map;

/**
 * One page of the worklist, how many items match in all, and how many items of each kind are due
 * for the same caller and coach filter whatever kind was asked for (the start page's counters).
 */
public record WorklistPage(List<WorklistItem> items, long total, Map<WorklistKind, Long> counts) {

    public WorklistPage {
        items = List.copyOf(items);
        counts = Map.copyOf(counts);
    }
}
