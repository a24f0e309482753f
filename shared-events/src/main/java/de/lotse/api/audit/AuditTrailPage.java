package de.lotse.api.audit;

import java.util.List;

/** One page of the global audit trail and how many events match the filters in all. */
public record AuditTrailPage(List<AuditEntry> items, long total) {

    public AuditTrailPage {
        items = List.copyOf(items);
    }
}
