package de.lotse.query.audit;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.audit.FindParticipantHistory;
import de.lotse.api.audit.ParticipantHistory;
import de.lotse.api.participant.ParticipantId;
import de.lotse.query.participant.ParticipantViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for a participant's event trail, read from the event store by {@link StreamHistories}.
 * Only the question whose caseload the participant is in goes to the participant view, since a
 * coach may read the trail of the own participants only.
 */
@Component
class HistoryQueries {

    private final StreamHistories histories;
    private final ParticipantViews views;

    HistoryQueries(StreamHistories histories, ParticipantViews views) {
        this.histories = histories;
        this.views = views;
    }

    @QueryHandler
    ParticipantHistory handle(FindParticipantHistory query) {
        var id = query.participantId();
        require(query.caller(), READ_PARTICIPANTS, "reading histories");
        requireAccess(query.caller(), id);
        var entries = histories.of(id.toString());
        if (entries.isEmpty()) {
            throw refused(Refusal.unknownParticipant(id));
        }
        return new ParticipantHistory(entries);
    }

    private void requireAccess(Caller caller, ParticipantId id) {
        if (caller.seesEveryParticipant()) {
            return;
        }
        var coach = views.coachOf(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!caller.mayAccessCaseloadOf(coach)) {
            throw refused(Refusal.notYourCaseload(id));
        }
    }
}
