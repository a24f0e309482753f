package de.lotse.web.intake;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The ESF+ entry questionnaire as the intake form sends it, with the API intake's constraints
 * field for field, so that the form refuses exactly what the API answers with 400. Every field may
 * arrive empty from the browser, hence nullable; after validation none that is required is null.
 */
record IntakeForm(
        @NotBlank @Size(max = 100) @Nullable String firstName,
        @NotBlank @Size(max = 100) @Nullable String lastName,

        @NotNull @Past @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate dateOfBirth,

        @NotNull @Pattern(regexp = "[0-9A-Za-z -]{3,10}") @Nullable String postcode,

        @NotNull @Nullable Gender gender,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate entryDate,
        @NotNull @Nullable LabourStatus labourStatus,
        @Min(0) @Max(8) @Nullable Integer isced,
        @NotNull @NationalityCode @Nullable String nationality,
        @NotNull @Nullable Answer foreignBackground,
        @NotNull @Nullable Answer disability,
        @NotNull @Nullable Answer minority,
        @NotNull @Nullable Answer homeless,
        @NotNull @Nullable Boolean rural,
        @NotNull @AssertTrue @Nullable Boolean consentGiven,
        @NotBlank @Size(max = 100) @Nullable String coach) {

    /** An empty questionnaire, entered today, for the given coach's caseload. */
    static IntakeForm blank(LocalDate today, String coach) {
        return new IntakeForm(
                null, null, null, null, null, today, null, null, null, null, null, null, null, null, false, coach);
    }

    /** The intake command; {@code coach} is the form's choice or, for a coach, the coach themself. */
    EnrolParticipant toCommand(ParticipantId id, String caseloadOf) {
        return new EnrolParticipant(
                id,
                new PersonalDetails(required(firstName), required(lastName), required(dateOfBirth), required(postcode)),
                required(gender),
                required(entryDate),
                required(labourStatus),
                isced,
                Nationality.of(required(nationality)),
                required(foreignBackground),
                required(disability),
                required(minority),
                required(homeless),
                required(rural),
                caseloadOf);
    }

    private static <T> T required(@Nullable T validated) {
        return Objects.requireNonNull(validated, "validated before");
    }
}
