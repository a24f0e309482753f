package de.lotse.query.caseload;

import static de.lotse.api.access.Permission.OFFER_HOUSING;
import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Role;
import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.housing.FindHousingCandidates;
import de.lotse.api.housing.HousingCandidate;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers caseload queries. A caller who may not see every participant gets the own caseload,
 * whatever coach filter was asked for. The housing forms pick their participants here too: a
 * housing officer may see every participant's name in housing answers (housing.md), a coach the
 * own participants' only.
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

    @QueryHandler
    List<HousingCandidate> handle(FindHousingCandidates query) {
        var caller = query.caller();
        require(caller, OFFER_HOUSING, "choosing whom to offer housing");
        var coach = caller.has(Role.HOUSING) || caller.seesEveryParticipant() ? null : caller.user();
        var filter = new Caseload.Filter(coach, ParticipantStatus.ACTIVE, null, null, blankAsNull(query.name()));
        return caseload.entries(filter, 0, FindHousingCandidates.MOST).stream()
                .map(entry -> new HousingCandidate(entry.id(), entry.displayName()))
                .toList();
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
