package de.lotse.query.pathways;

import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathways.EntryCohort;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.api.pathways.ReferralsByArea;
import de.lotse.api.pathways.RouteOutcome;
import de.lotse.api.pathways.StageFunnel;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts participants and referrals into one pathway report. Every participant counts once in the
 * funnel of each stage they ever started, in their route and in their entry cohort; the figures are
 * only shown, or suppressed, when the report is made.
 */
final class PathwayTally {

    /** Counts of participants with what became of them: in all, left, employed upon leaving, six months after. */
    private static final class Outcomes {

        long participants;
        long exited;
        long employedUponLeaving;
        long employedSixMonthsAfter;

        void count(PathwaySummary summary) {
            participants++;
            exited += summary.exited() ? 1 : 0;
            employedUponLeaving += summary.exited() && summary.employedUponLeaving() ? 1 : 0;
            employedSixMonthsAfter += summary.employedSixMonthsAfter() ? 1 : 0;
        }
    }

    private static final class StageCounts {

        final Map<StageStatus, Long> latest = new EnumMap<>(StageStatus.class);
        final List<Integer> daysFromEntry = new ArrayList<>();
        final List<Integer> daysActive = new ArrayList<>();
    }

    private static final class AreaCounts {

        long made;
        long resolved;
        final List<Integer> daysOpen = new ArrayList<>();
        final Set<UUID> closedFor = new HashSet<>();
    }

    private long participants;
    private final Map<Stage, StageCounts> stages = new EnumMap<>(Stage.class);
    private final Map<List<Stage>, Outcomes> routes = new HashMap<>();
    private final Map<String, Outcomes> cohorts = new TreeMap<>();
    private final Map<ReferralArea, AreaCounts> areas = new EnumMap<>(ReferralArea.class);

    PathwayTally() {
        Arrays.stream(Stage.values()).forEach(stage -> stages.put(stage, new StageCounts()));
        Arrays.stream(ReferralArea.values()).forEach(area -> areas.put(area, new AreaCounts()));
    }

    void count(PathwaySummary summary) {
        participants++;
        summary.stages().forEach((stage, run) -> {
            var counts = stages.get(stage);
            counts.latest.merge(run.status(), 1L, Long::sum);
            counts.daysFromEntry.add(run.daysFromEntry());
            if (run.daysActive() != null) {
                counts.daysActive.add(run.daysActive());
            }
        });
        routes.computeIfAbsent(summary.route(), route -> new Outcomes()).count(summary);
        cohorts.computeIfAbsent(quarterOf(summary.entryDate()), quarter -> new Outcomes())
                .count(summary);
    }

    void count(PathwayReferrals.Referral referral) {
        var counts = areas.get(referral.area());
        counts.made++;
        counts.resolved += referral.outcome() == ReferralOutcome.RESOLVED ? 1 : 0;
        if (referral.closedOn() != null) {
            counts.daysOpen.add(
                    (int) (referral.closedOn().toEpochDay() - referral.madeOn().toEpochDay()));
            counts.closedFor.add(referral.participantId());
        }
    }

    PathwayReport report(SmallCells cells) {
        return new PathwayReport(
                cells.count(participants),
                Arrays.stream(Stage.values()).map(stage -> funnel(stage, cells)).toList(),
                routes.entrySet().stream()
                        .sorted(Comparator.comparing(
                                        (Map.Entry<List<Stage>, Outcomes> route) -> -route.getValue().participants)
                                .thenComparing(route -> route.getKey().toString()))
                        .map(route -> outcome(route.getKey(), route.getValue(), cells))
                        .toList(),
                cohorts.entrySet().stream()
                        .map(cohort -> new EntryCohort(
                                cohort.getKey(),
                                cells.count(cohort.getValue().participants),
                                cells.count(cohort.getValue().exited),
                                cells.count(cohort.getValue().employedUponLeaving)))
                        .toList(),
                Arrays.stream(ReferralArea.values())
                        .map(area -> referrals(area, cells))
                        .toList(),
                SmallCells.SUPPRESSED_BELOW);
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private StageFunnel funnel(Stage stage, SmallCells cells) {
        var counts = stages.get(stage);
        var started = counts.daysFromEntry.size();
        return new StageFunnel(
                stage,
                cells.count(started),
                cells.count(counts.latest.getOrDefault(StageStatus.COMPLETED, 0L)),
                cells.count(counts.latest.getOrDefault(StageStatus.ABORTED, 0L)),
                cells.count(counts.latest.getOrDefault(StageStatus.CLOSED_AT_EXIT, 0L)),
                cells.median(counts.daysFromEntry, started),
                cells.median(counts.daysActive, counts.daysActive.size()));
    }

    private static RouteOutcome outcome(List<Stage> route, Outcomes outcomes, SmallCells cells) {
        return new RouteOutcome(
                route,
                cells.count(outcomes.participants),
                cells.count(outcomes.exited),
                cells.count(outcomes.employedUponLeaving),
                cells.count(outcomes.employedSixMonthsAfter));
    }

    private ReferralsByArea referrals(ReferralArea area, SmallCells cells) {
        var counts = areas.get(area);
        return new ReferralsByArea(
                area,
                cells.count(counts.made),
                cells.count(counts.resolved),
                cells.median(counts.daysOpen, counts.closedFor.size()));
    }
}
