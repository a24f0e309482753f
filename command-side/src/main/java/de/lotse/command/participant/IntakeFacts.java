package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.BORN_AFTER_ENTRY;
import static de.lotse.api.pathway.PathwayRule.INTAKE_ID_TAKEN;

import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.PersonalDetails;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The intake answers the participant's decisions depend on: who the person is (the duplicate
 * register's key) and the entry date, which together give the age at entry.
 */
record IntakeFacts(PersonalDetails personalDetails, LocalDate entryDate) {

    /**
     * The enrolment an intake makes, with the age at entry worked out from the date of birth;
     * refused if the person would be born on or after the entry date.
     */
    static ParticipantEnrolled enrolmentOf(EnrolParticipant command) {
        new IntakeFacts(command.personalDetails(), command.entryDate()).requireBornBeforeEntry();
        var details = command.personalDetails();
        return new ParticipantEnrolled(
                command.participantId(),
                details,
                details.ageOn(command.entryDate()),
                command.gender(),
                command.entryDate(),
                command.labourStatus(),
                command.isced(),
                command.nationality(),
                command.foreignBackground(),
                command.disability(),
                command.minority(),
                command.homeless(),
                command.rural(),
                command.coach());
    }

    /** An intake repeated under the participant's id must make the very enrolment recorded before. */
    static void requireSameIntake(ParticipantEnrolled enrolled, EnrolParticipant command) {
        if (!enrolled.equals(enrolmentOf(command))) {
            throw new PathwayRuleViolation(
                    INTAKE_ID_TAKEN, "Participant " + command.participantId() + " was enrolled with other answers.");
        }
    }

    /**
     * Nobody enters the programme before being born; such a date of birth is a typing error, and it
     * would count the person in the wrong age band (an age at entry below zero). An erased date of
     * birth is not judged.
     */
    void requireBornBeforeEntry() {
        var born = personalDetails.dateOfBirth();
        if (born != null && !born.isBefore(entryDate)) {
            throw new PathwayRuleViolation(
                    BORN_AFTER_ENTRY,
                    "The date of birth " + born + " does not lie before the entry date " + entryDate + ".");
        }
    }

    int ageAtEntry() {
        return personalDetails.ageOn(entryDate);
    }

    /** The facts after {@code field} was corrected to {@code value}; fields they do not hold leave them as they are. */
    IntakeFacts corrected(IntakeField field, @Nullable String value) {
        var details = personalDetails;
        return switch (field) {
            case FIRST_NAME ->
                withDetails(new PersonalDetails(
                        field.parse(value, String.class),
                        details.lastName(),
                        details.dateOfBirth(),
                        details.postcode()));
            case LAST_NAME ->
                withDetails(new PersonalDetails(
                        details.firstName(),
                        field.parse(value, String.class),
                        details.dateOfBirth(),
                        details.postcode()));
            case DATE_OF_BIRTH ->
                withDetails(new PersonalDetails(
                        details.firstName(), details.lastName(), (LocalDate) field.parse(value), details.postcode()));
            case POSTCODE ->
                withDetails(new PersonalDetails(
                        details.firstName(),
                        details.lastName(),
                        details.dateOfBirth(),
                        field.parse(value, String.class)));
            case ENTRY_DATE -> new IntakeFacts(details, field.parse(value, LocalDate.class));
            default -> this;
        };
    }

    private IntakeFacts withDetails(PersonalDetails corrected) {
        return new IntakeFacts(corrected, entryDate);
    }
}
