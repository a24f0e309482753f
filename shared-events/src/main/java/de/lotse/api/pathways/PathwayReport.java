package de.lotse.api.pathways;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pathway analytics of the participants who entered in a period: the stage funnel, the routes
 * with their outcomes, the cohorts by entry quarter and the referrals by area. For evaluators every
 * count below {@code suppressedBelow} is null, and so is every median over fewer participants.
 */
public record PathwayReport(
        @Nullable Long participants,
        List<StageFunnel> stages,
        List<RouteOutcome> routes,
        List<EntryCohort> cohorts,
        List<ReferralsByArea> referrals,
        int suppressedBelow) {

    public PathwayReport {
        stages = List.copyOf(stages);
        routes = List.copyOf(routes);
        cohorts = List.copyOf(cohorts);
        referrals = List.copyOf(referrals);
    }
}
