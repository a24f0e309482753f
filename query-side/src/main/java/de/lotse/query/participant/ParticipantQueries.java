package de.lotse.query.participant;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for one participant, or refuses (see {@link de.lotse.query.system.Refusals}).
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
        require(query.caller(), READ_PARTICIPANTS, "reading participants");
        var view = views.find(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!query.caller().mayAccessCaseloadOf(view.coach())) {
            throw refused(Refusal.notYourCaseload(id));
        }
        return view;
    }
}
