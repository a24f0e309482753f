package de.lotse.query.caseload;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers caseload queries. A caller who may not see every participant gets the own caseload,
 * whatever coach filter was asked for.
 */
@Component
class CaseloadQueries {

    private final Caseload caseload;

    CaseloadQueries(Caseload caseload) {
        this.caseload = caseload;
    }

    @QueryHandler
    CaseloadPage handle(FindCaseload query) {
        var caller = query.caller();
        require(caller, READ_PARTICIPANTS, "reading the caseload");
        var coach = caller.seesEveryParticipant() ? blankAsNull(query.coach()) : caller.user();
        var filter =
                new Caseload.Filter(coach, query.status(), query.stage(), query.followUpDue(), blankAsNull(query.q()));
        return caseload.page(filter, query.page(), query.size());
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
