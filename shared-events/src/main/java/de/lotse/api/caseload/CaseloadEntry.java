package de.lotse.api.caseload;

import de.lotse.api.pathway.Stage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One participant as a coach sees them in the caseload list. */
public record CaseloadEntry(
        String id,
        String displayName,
        String coach,
        ParticipantStatus status,
        LocalDate entryDate,
        @Nullable LocalDate exitDate,
        List<Stage> activeStages,
        boolean followUpDue) {

    public CaseloadEntry {
        activeStages = List.copyOf(activeStages);
    }
}
