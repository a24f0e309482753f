package de.lotse.query.worklist;

import static de.lotse.api.access.Permission.READ_WORKLIST;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.worklist.FindWorklist;
import de.lotse.api.worklist.WorklistPage;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers the worklist: the items shown today by the process's clock. A caller who may not see
 * every participant gets the items of the own caseload, whatever coach filter was asked for.
 */
@Component
class WorklistQueries {

    private final Worklist worklist;
    private final Clock clock;

    WorklistQueries(Worklist worklist, Clock clock) {
        this.worklist = worklist;
        this.clock = clock;
    }

    @QueryHandler
    WorklistPage handle(FindWorklist query) {
        var caller = query.caller();
        require(caller, READ_WORKLIST, "reading the worklist");
        var coach = caller.seesEveryParticipant() ? blankAsNull(query.coach()) : caller.user();
        var filter = new Worklist.Filter(LocalDate.now(clock), coach, query.kind());
        return worklist.page(filter, query.page(), query.size());
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
