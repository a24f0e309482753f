package de.lotse.query.housing;

import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.FindParticipantHousing;
import de.lotse.api.housing.ParticipantHousing;
import de.lotse.query.participant.ParticipantViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for a participant's offers and tenancies, which the participant's page shows: whoever
 * may read the participant may read them, a coach those of the own caseload only.
 */
@Component
class ParticipantHousingQueries {

    private final Offers offers;
    private final Tenancies tenancies;
    private final ParticipantViews participants;

    ParticipantHousingQueries(Offers offers, Tenancies tenancies, ParticipantViews participants) {
        this.offers = offers;
        this.tenancies = tenancies;
        this.participants = participants;
    }

    @QueryHandler
    ParticipantHousing handle(FindParticipantHousing query) {
        var id = query.participantId();
        require(query.caller(), READ_PARTICIPANTS, "reading participants");
        var coach = participants.coachOf(id.value()).orElseThrow(() -> refused(Refusal.unknownParticipant(id)));
        if (!query.caller().mayAccessCaseloadOf(coach)) {
            throw refused(Refusal.notYourCaseload(id));
        }
        return new ParticipantHousing(offers.ofParticipant(id.value()), tenancies.ofParticipant(id.value()));
    }
}
