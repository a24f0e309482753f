package de.lotse.api.caseload;

import java.util.List;

/** One page of the caseload and how many participants match the filters in all. */
public record CaseloadPage(List<CaseloadEntry> items, long total) {

    public CaseloadPage {
        items = List.copyOf(items);
    }
}
