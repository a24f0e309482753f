package de.lotse.query.worklist;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.PersonalDataErased;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.platform.privacy.PersonalDataCipher;

/**
 * A participant as the worklist knows them: the name the coach reads on each item, whose caseload
 * they are in, whether they are still active and whether their personal data were erased. The
 * name is kept here, in the worklist's own table, so that a page of items is one query of this
 * read model; erasure overwrites it like the caseload's.
 */
record WorklistCase(String firstName, String lastName, String coach, boolean active, boolean erased) {

    static WorklistCase enrolled(ParticipantEnrolled event) {
        var person = event.personalDetails();
        return new WorklistCase(person.firstName(), person.lastName(), event.coach(), true, false);
    }

    String displayName() {
        return erased ? PersonalDataCipher.ERASED : firstName + " " + lastName;
    }

    /** The participant after the event; events that change none of the above leave them as they are. */
    WorklistCase after(ParticipantEvent event) {
        if (event instanceof IntakeCorrected corrected) {
            return corrected(corrected);
        }
        if (event instanceof PersonalDataErased) {
            var erasedName = PersonalDataCipher.ERASED;
            return new WorklistCase(erasedName, erasedName, coach, active, true);
        }
        if (event instanceof CoachReassigned reassigned) {
            return new WorklistCase(firstName, lastName, reassigned.coach(), active, erased);
        }
        if (event instanceof ParticipantExited) {
            return new WorklistCase(firstName, lastName, coach, false, erased);
        }
        return this;
    }

    private WorklistCase corrected(IntakeCorrected event) {
        var field = event.field();
        if (field == IntakeField.FIRST_NAME) {
            return new WorklistCase(field.parse(event.value(), String.class), lastName, coach, active, erased);
        }
        if (field == IntakeField.LAST_NAME) {
            return new WorklistCase(firstName, field.parse(event.value(), String.class), coach, active, erased);
        }
        return this;
    }
}
