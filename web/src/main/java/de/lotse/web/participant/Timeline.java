package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.StageView;
import de.lotse.api.pathway.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * The route drawn as the five stages in their usual order, each with the status of its latest run
 * ({@code NOT_STARTED} when it never began) and every run with its dates, since a stage may be
 * started again after it ended.
 */
record Timeline(List<Lane> lanes) {

    /** How far a stage has got, as the timeline colours it. */
    enum LaneStatus {
        NOT_STARTED,
        ACTIVE,
        COMPLETED,
        ABORTED,
        CLOSED_AT_EXIT
    }

    /** One stage of the route and its runs, oldest first. */
    record Lane(Stage stage, LaneStatus status, List<StageView> runs) {}

    Timeline {
        lanes = List.copyOf(lanes);
    }

    static Timeline of(ParticipantView participant) {
        return new Timeline(Arrays.stream(Stage.values())
                .map(stage -> lane(stage, participant.stages()))
                .toList());
    }

    /** The stages running now, in route order. */
    public List<Stage> activeStages() {
        return lanes.stream()
                .filter(lane -> lane.status() == LaneStatus.ACTIVE)
                .map(Lane::stage)
                .toList();
    }

    private static Lane lane(Stage stage, List<StageView> stages) {
        var runs = stages.stream().filter(run -> run.stage() == stage).toList();
        var status = runs.isEmpty()
                ? LaneStatus.NOT_STARTED
                : LaneStatus.valueOf(runs.get(runs.size() - 1).status().name());
        return new Lane(stage, status, runs);
    }
}
