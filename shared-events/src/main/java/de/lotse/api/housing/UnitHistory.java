package de.lotse.api.housing;

import de.lotse.api.audit.HistoryEntry;
import java.util.List;

/** A unit's complete event trail, oldest first, shaped like a participant's. */
public record UnitHistory(List<HistoryEntry> entries) {

    public UnitHistory {
        entries = List.copyOf(entries);
    }
}
