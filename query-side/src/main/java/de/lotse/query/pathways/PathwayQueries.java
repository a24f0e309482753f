package de.lotse.query.pathways;

import static de.lotse.api.access.Permission.READ_REPORTS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Role;
import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the pathway analytics, counted by the database from the versions valid at the report's
 * instant (the current ones for a report of now) and the referrals recorded by then. Small cells are suppressed for a caller who reads reports
 * as an evaluator only; a team lead, auditor or admin who also evaluates sees every figure.
 */
@Component
class PathwayQueries {

    private final Pathways pathways;
    private final PathwayReferrals referrals;
    private final Clock clock;

    PathwayQueries(Pathways pathways, PathwayReferrals referrals, Clock clock) {
        this.pathways = pathways;
        this.referrals = referrals;
        this.clock = clock;
    }

    @QueryHandler
    PathwayReport handle(FindPathwayReport query) {
        var caller = query.caller();
        require(caller, READ_REPORTS, "reading the pathway analytics");
        var recordedBy = Objects.requireNonNullElseGet(query.asOf(), clock::instant);
        var period = new PeriodCondition(query.from(), query.to(), query.asOf());
        var tally = new PathwayTally();
        pathways.countInto(period, recordedBy, tally);
        referrals.countInto(period, recordedBy, tally);
        var onlyEvaluating = caller.has(Role.EVALUATOR)
                && caller.roles().stream()
                        .filter(role -> role != Role.EVALUATOR)
                        .noneMatch(READ_REPORTS.roles()::contains);
        return tally.report(new SmallCells(onlyEvaluating));
    }
}
