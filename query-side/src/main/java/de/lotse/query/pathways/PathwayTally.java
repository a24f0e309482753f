package de.lotse.query.pathways;

import de.lotse.api.pathway.Stage;
import de.lotse.api.pathways.EntryCohort;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.api.pathways.ReferralsByArea;
import de.lotse.api.pathways.RouteOutcome;
import de.lotse.api.pathways.StageFunnel;
import de.lotse.api.support.ReferralArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one pathway report as the database counted them, and how the report shows them:
 * every stage and every referral area in their order, whether counted or not, the routes largest
 * first, the cohorts in time order; figures are suppressed only when the report is made.
 */
final class PathwayTally {

    /** A stage's funnel: counts by how the latest run stands, and its medians with how many participants each is over. */
    record StageCounts(
            long started,
            long completed,
            long aborted,
            long closedAtExit,
            @Nullable Double medianDaysFromEntry,
            @Nullable Double medianDaysActive,
            long ended) {

        static final StageCounts NONE = new StageCounts(0, 0, 0, 0, null, null, 0);
    }

    /** Participants with what became of them: in all, left, employed upon leaving, six months after. */
    record Outcomes(long participants, long exited, long employedUponLeaving, long employedSixMonthsAfter) {}

    /** An area's referrals, the median days open over the closed ones, and whose referrals those were. */
    record AreaCounts(long made, long resolved, @Nullable Double medianDaysOpen, long closedFor) {

        static final AreaCounts NONE = new AreaCounts(0, 0, null, 0);
    }

    private final Map<Stage, StageCounts> stages = new EnumMap<>(Stage.class);
    private final List<Map.Entry<List<Stage>, Outcomes>> routes = new ArrayList<>();
    private final Map<String, Outcomes> cohorts = new TreeMap<>();
    private final Map<ReferralArea, AreaCounts> areas = new EnumMap<>(ReferralArea.class);

    void stage(Stage stage, StageCounts counts) {
        stages.put(stage, counts);
    }

    void route(List<Stage> route, Outcomes outcomes) {
        routes.add(Map.entry(List.copyOf(route), outcomes));
    }

    void cohort(String entryQuarter, Outcomes outcomes) {
        cohorts.put(entryQuarter, outcomes);
    }

    void area(ReferralArea area, AreaCounts counts) {
        areas.put(area, counts);
    }

    PathwayReport report(SmallCells cells) {
        var participants =
                cohorts.values().stream().mapToLong(Outcomes::participants).sum();
        return new PathwayReport(
                cells.count(participants),
                Arrays.stream(Stage.values())
                        .map(stage -> funnel(stage, stages.getOrDefault(stage, StageCounts.NONE), cells))
                        .toList(),
                routes.stream()
                        .sorted(Comparator.comparing((Map.Entry<List<Stage>, Outcomes> route) ->
                                        -route.getValue().participants())
                                .thenComparing(route -> route.getKey().toString()))
                        .map(route -> outcome(route.getKey(), route.getValue(), cells))
                        .toList(),
                cohorts.entrySet().stream()
                        .map(cohort -> new EntryCohort(
                                cohort.getKey(),
                                cells.count(cohort.getValue().participants()),
                                cells.count(cohort.getValue().exited()),
                                cells.count(cohort.getValue().employedUponLeaving())))
                        .toList(),
                Arrays.stream(ReferralArea.values())
                        .map(area -> referrals(area, areas.getOrDefault(area, AreaCounts.NONE), cells))
                        .toList(),
                SmallCells.SUPPRESSED_BELOW);
    }

    private static StageFunnel funnel(Stage stage, StageCounts counts, SmallCells cells) {
        return new StageFunnel(
                stage,
                cells.count(counts.started()),
                cells.count(counts.completed()),
                cells.count(counts.aborted()),
                cells.count(counts.closedAtExit()),
                cells.median(counts.medianDaysFromEntry(), counts.started()),
                cells.median(counts.medianDaysActive(), counts.ended()));
    }

    private static RouteOutcome outcome(List<Stage> route, Outcomes outcomes, SmallCells cells) {
        return new RouteOutcome(
                route,
                cells.count(outcomes.participants()),
                cells.count(outcomes.exited()),
                cells.count(outcomes.employedUponLeaving()),
                cells.count(outcomes.employedSixMonthsAfter()));
    }

    private static ReferralsByArea referrals(ReferralArea area, AreaCounts counts, SmallCells cells) {
        return new ReferralsByArea(
                area,
                cells.count(counts.made()),
                cells.count(counts.resolved()),
                cells.median(counts.medianDaysOpen(), counts.closedFor()));
    }
}
