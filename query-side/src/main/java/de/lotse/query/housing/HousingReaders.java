package de.lotse.query.housing;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.query.participant.ParticipantViews;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose names a caller sees in housing answers. The housing tables keep participants by id only;
 * the names come from the participant view when the answer is put together, so a correction or an
 * erasure shows at once. Housing officers see the name of everyone offered a unit, as do those who
 * may read every participant; a coach sees the own participants' names only.
 */
@Component
class HousingReaders {

    private final ParticipantViews participants;

    HousingReaders(ParticipantViews participants) {
        this.participants = participants;
    }

    /** The names the caller may see, each participant looked up once, when first asked for. */
    Names namesFor(Caller caller) {
        var known = new HashMap<UUID, Names.Named>();
        return participantId ->
                known.computeIfAbsent(participantId, id -> lookUp(caller, id)).name();
    }

    private Names.Named lookUp(Caller caller, UUID participantId) {
        var person = participants.people(Set.of(participantId)).get(participantId);
        if (person == null) {
            return Names.Named.NOBODY;
        }
        var mayRead = caller.has(Role.HOUSING) || caller.mayAccessCaseloadOf(person.coach());
        return mayRead ? new Names.Named(person.displayName()) : Names.Named.NOBODY;
    }
}
