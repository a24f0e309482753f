package de.lotse.query.caseload;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the caseload list. Only the intake answers the list shows (names, entry date) matter here;
 * every other correction, including ISCED corrected to unknown, leaves the row as it is. A
 * follow-up is due from the event that says so until any follow-up is recorded.
 */
@Component
@ProcessingGroup("caseload")
class CaseloadProjection {

    private final Caseload caseload;

    CaseloadProjection(Caseload caseload) {
        this.caseload = caseload;
    }

    @EventHandler
    void on(ParticipantEnrolled event, @SequenceNumber long sequence) {
        var person = event.personalDetails();
        caseload.enrol(
                event.participantId().value(),
                person.firstName(),
                person.lastName(),
                event.coach(),
                event.entryDate(),
                sequence);
    }

    @EventHandler
    void on(IntakeCorrected event, @SequenceNumber long sequence) {
        var id = event.participantId().value();
        var field = event.field();
        switch (field) {
            case FIRST_NAME -> caseload.correctFirstName(id, field.parse(event.value(), String.class), sequence);
            case LAST_NAME -> caseload.correctLastName(id, field.parse(event.value(), String.class), sequence);
            case ENTRY_DATE -> caseload.correctEntryDate(id, field.parse(event.value(), LocalDate.class), sequence);
            default -> {}
        }
    }

    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        caseload.erase(event.participantId().value(), sequence);
    }

    @EventHandler
    void on(CoachReassigned event, @SequenceNumber long sequence) {
        caseload.reassign(event.participantId().value(), event.coach(), sequence);
    }

    @EventHandler
    void on(StageStarted event, @SequenceNumber long sequence) {
        caseload.startStage(event.participantId().value(), event.stage(), sequence);
    }

    @EventHandler
    void on(StageCompleted event, @SequenceNumber long sequence) {
        caseload.endStage(event.participantId().value(), event.stage(), sequence);
    }

    @EventHandler
    void on(StageAborted event, @SequenceNumber long sequence) {
        caseload.endStage(event.participantId().value(), event.stage(), sequence);
    }

    @EventHandler
    void on(ParticipantExited event, @SequenceNumber long sequence) {
        caseload.exit(event.participantId().value(), event.exitDate(), sequence);
    }

    @EventHandler
    void on(FollowUpBecameDue event, @SequenceNumber long sequence) {
        caseload.markFollowUpDue(event.participantId().value(), sequence);
    }

    @EventHandler
    void on(FollowUpRecorded event, @SequenceNumber long sequence) {
        caseload.recordFollowUp(event.participantId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        caseload.deleteAll();
    }
}
