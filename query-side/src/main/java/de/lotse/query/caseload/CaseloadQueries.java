package de.lotse.query.caseload;

import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers caseload queries. A caller who may not see every participant gets the own caseload,
 * whatever coach filter was asked for. "Today" comes from the clock, so a follow-up falls due on
 * the same day for the filter and for the flag.
 */
@Component
class CaseloadQueries {

    private final Caseload caseload;
    private final Clock clock;

    CaseloadQueries(Caseload caseload, Clock clock) {
        this.caseload = caseload;
        this.clock = clock;
    }

    @QueryHandler
    CaseloadPage handle(FindCaseload query) {
        var caller = query.caller();
        var coach = caller.seesEveryParticipant() ? blankAsNull(query.coach()) : caller.user();
        var filter = new Caseload.Filter(coach, query.status(), query.followUpDue(), blankAsNull(query.q()));
        return caseload.page(filter, query.page(), query.size(), LocalDate.now(clock));
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
