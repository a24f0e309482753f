package de.lotse.query.participant;

import de.lotse.api.access.Refusal;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantView;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for one participant. A refusal travels as the details of a
 * {@link QueryExecutionException}, because only those details survive the trip between JVMs.
 */
@Component
class ParticipantQueries {

    private final ParticipantViews views;

    ParticipantQueries(ParticipantViews views) {
        this.views = views;
    }

    @QueryHandler
    ParticipantView handle(FindParticipant query) {
        var id = query.participantId();
        var view = views.find(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!query.caller().mayAccessCaseloadOf(view.coach())) {
            throw refused(Refusal.notYourCaseload(id));
        }
        return view;
    }

    private static QueryExecutionException refused(Refusal refusal) {
        return new QueryExecutionException(refusal.detail(), null, refusal);
    }
}
