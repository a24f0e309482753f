package de.lotse.api.pathways;

import de.lotse.api.pathway.Stage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A route, the set of stages its participants ever started in the order of the five stages, and
 * what became of them: how many left, how many were employed upon leaving (the ESF+ rule) and how
 * many six months after (the follow-up).
 */
public record RouteOutcome(
        List<Stage> route,
        @Nullable Long participants,
        @Nullable Long exited,
        @Nullable Long employedUponLeaving,
        @Nullable Long employedSixMonthsAfter) {

    public RouteOutcome {
        route = List.copyOf(route);
    }
}
