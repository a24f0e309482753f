package de.lotse.command.participant;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.platform.validation.NationalityCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The ESF+ entry questionnaire as the contract's intake body; {@code id} lets a client repeat an intake safely. */
record IntakeRequest(
        @Nullable UUID id,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull @Pattern(regexp = "[0-9A-Za-z -]{3,10}") String postcode,
        @NotNull Gender gender,
        @NotNull LocalDate entryDate,
        @NotNull LabourStatus labourStatus,
        @Nullable @Min(0) @Max(8) Integer isced,
        @NotNull @NationalityCode String nationality,
        @NotNull Answer foreignBackground,
        @NotNull Answer disability,
        @NotNull Answer minority,
        @NotNull Answer homeless,
        @NotNull Boolean rural,

        @NotNull @AssertTrue(message = "must be true: there is no intake without consent") Boolean consentGiven,

        @NotBlank @Size(max = 100) String coach) {

    ParticipantId participantIdOrNew() {
        return id == null ? ParticipantId.random() : new ParticipantId(id);
    }

    EnrolParticipant toCommand(ParticipantId participantId) {
        return new EnrolParticipant(
                participantId,
                new PersonalDetails(firstName, lastName, dateOfBirth, postcode),
                gender,
                entryDate,
                labourStatus,
                isced,
                Nationality.of(nationality),
                foreignBackground,
                disability,
                minority,
                homeless,
                rural,
                coach);
    }
}
