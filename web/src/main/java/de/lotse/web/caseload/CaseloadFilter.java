package de.lotse.web.caseload;

import de.lotse.api.access.Caller;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
import org.jspecify.annotations.Nullable;

/** The caseload filters as the page's form sends them. */
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
        return new FindCaseload(
                caller,
                coach,
                status,
                stage,
                Boolean.TRUE.equals(followUpDue) ? true : null,
                q,
                pageIndex(),
                PAGE_SIZE);
    }
}
