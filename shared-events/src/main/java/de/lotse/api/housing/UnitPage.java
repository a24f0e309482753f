package de.lotse.api.housing;

import java.util.List;

/** One page of the housing units and how many units match the filters in all. */
public record UnitPage(List<UnitSummary> items, long total) {

    public UnitPage {
        items = List.copyOf(items);
    }
}
