package de.lotse.api.audit;

import java.util.List;

/** A participant's complete event trail, oldest first. */
public record ParticipantHistory(List<HistoryEntry> entries) {

    public ParticipantHistory {
        entries = List.copyOf(entries);
    }
}
