package de.lotse.web.caseload;

import de.lotse.api.access.Caller;
import de.lotse.api.caseload.CaseloadEntry;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caseload filters as the page's form sends them. The stage filter narrows the page already
 * fetched, since {@link FindCaseload} cannot filter by stage yet.
 */
record CaseloadFilter(
        @Nullable ParticipantStatus status,
        @Nullable Stage stage,
        @Nullable Boolean followUpDue,
        @Nullable String q,
        @Nullable String coach,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 20;

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    FindCaseload toQuery(Caller caller) {
        return new FindCaseload(caller, coach, status, Boolean.TRUE.equals(followUpDue) ? true : null, q,
                pageIndex(), PAGE_SIZE);
    }

    List<CaseloadEntry> onStage(List<CaseloadEntry> entries) {
        return stage == null ? entries : entries.stream().filter(e -> e.activeStages().contains(stage)).toList();
    }
}
