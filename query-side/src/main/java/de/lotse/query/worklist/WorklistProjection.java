package de.lotse.query.worklist;

import de.lotse.api.housing.HousingEvent;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the worklist. Every event of a participant's stream first changes the participant as the
 * worklist knows them, then goes to every {@link WorklistRule}, each of which opens or settles the
 * items of its kind; an event the participant's row has seen already does neither, so a
 * redelivery changes nothing. Erasure ends every item of the participant. Housing events go to
 * the rules as well.
 */
@Component
@ProcessingGroup("worklist")
class WorklistProjection {

    private final Worklist worklist;
    private final List<WorklistRule> rules;

    WorklistProjection(Worklist worklist, List<WorklistRule> rules) {
        this.worklist = worklist;
        this.rules = List.copyOf(rules);
    }

    @EventHandler
    void on(ParticipantEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        var id = event.participantId().value();
        var recordedOn = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        if (event instanceof ParticipantEnrolled enrolled) {
            worklist.enrol(id, sequence, () -> applied(event, WorklistCase.enrolled(enrolled), id, recordedOn));
        } else {
            worklist.change(id, sequence, known -> applied(event, known.after(event), id, recordedOn));
        }
    }

    /**
     * A housing event about a participant (an offer, a tenancy) comes from a unit's stream, so it
     * is applied without the participant's row; an erased participant's items are left out when
     * the worklist is read.
     */
    @EventHandler
    void on(HousingEvent event, @Timestamp Instant recordedAt) {
        var recordedOn = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        rules.forEach(rule -> rule.apply(event, recordedOn, worklist));
    }

    @ResetHandler
    void reset() {
        worklist.deleteAll();
    }

    private WorklistCase applied(ParticipantEvent event, WorklistCase participant, UUID id, LocalDate recordedOn) {
        if (participant.erased()) {
            worklist.clear(id);
        } else {
            var occasion = new Occasion(id, recordedOn, worklist);
            rules.forEach(rule -> rule.apply(event, participant, occasion));
        }
        return participant;
    }
}
