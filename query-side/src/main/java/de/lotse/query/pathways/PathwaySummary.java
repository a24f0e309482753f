package de.lotse.query.pathways;

import static de.lotse.api.participant.ParticipantView.StageStatus.ACTIVE;

import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Participation;
import de.lotse.query.esf.Participation.StageRun;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the analytics count of one participant: the entry date (corrected), each stage ever started
 * with how its latest run stands, the exit, and whether the participant was employed upon leaving
 * and six months after, both by the rules the ESF+ indicators use ({@link Participation}).
 *
 * @param stages the stages ever started, in the order of the five stages: the participant's route
 */
record PathwaySummary(
        LocalDate entryDate,
        Map<Stage, StageSummary> stages,
        @Nullable LocalDate exitDate,
        boolean employedUponLeaving,
        boolean employedSixMonthsAfter) {

    /**
     * One stage of a participant: how its latest run stands, the days from the entry to its first
     * start, and, once no run is active any more, the days of all its runs together.
     */
    record StageSummary(
            StageStatus status, int daysFromEntry, @Nullable Integer daysActive) {}

    PathwaySummary {
        var ordered = new EnumMap<Stage, StageSummary>(Stage.class);
        ordered.putAll(stages);
        stages = Collections.unmodifiableMap(ordered);
    }

    static PathwaySummary of(Participation participation) {
        var entry = participation.atEntry().entryDate();
        var stages = new EnumMap<Stage, StageSummary>(Stage.class);
        for (var stage : Stage.values()) {
            var runs = participation.stages().stream()
                    .filter(run -> run.stage() == stage)
                    .toList();
            if (!runs.isEmpty()) {
                stages.put(stage, summary(entry, runs));
            }
        }
        var exit = participation.exit();
        return new PathwaySummary(
                entry,
                stages,
                exit == null ? null : exit.date(),
                participation.employedUponLeaving(),
                participation.employedSixMonthsAfter());
    }

    /**
     * The summary as the named parameters of a {@code pathway_version} row: the route as bits of the
     * stages' order, and per stage, in that order, its status, days from entry and days active (NULL
     * for a stage never started) as array literals.
     */
    MapSqlParameterSource columns() {
        return new MapSqlParameterSource()
                .addValue("entryDate", entryDate)
                .addValue(
                        "route",
                        stages.keySet().stream()
                                .mapToInt(stage -> 1 << stage.ordinal())
                                .sum())
                .addValue("status", perStage(stage -> stage.status().name()))
                .addValue("fromEntry", perStage(StageSummary::daysFromEntry))
                .addValue("active", perStage(StageSummary::daysActive))
                .addValue("exitDate", exitDate, Types.DATE)
                .addValue("employedUponLeaving", employedUponLeaving)
                .addValue("employedSixMonthsAfter", employedSixMonthsAfter);
    }

    private String perStage(Function<StageSummary, @Nullable Object> value) {
        return Arrays.stream(Stage.values())
                .map(stage -> Optional.ofNullable(stages.get(stage))
                        .map(value)
                        .map(String::valueOf)
                        .orElse("NULL"))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static StageSummary summary(LocalDate entry, List<StageRun> runs) {
        var latest = runs.get(runs.size() - 1);
        var fromEntry = (int) ChronoUnit.DAYS.between(entry, runs.get(0).start());
        Integer active = null;
        if (latest.status() != ACTIVE) {
            active = runs.stream()
                    .mapToInt(run -> (int) ChronoUnit.DAYS.between(run.start(), run.end()))
                    .sum();
        }
        return new StageSummary(latest.status(), fromEntry, active);
    }
}
