package de.lotse.web.participant;

import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.validation.AcceptedCorrection;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One intake answer to correct, under its intake name, with the new value and why. An empty value
 * means "unknown", which only ISCED accepts.
 */
@AcceptedCorrection
record CorrectionForm(
        @NotBlank @Nullable String field,
        @Nullable String value,
        @NotBlank @Size(max = 2000) @Nullable String reason) implements AcceptedCorrection.Correction {

    @Override
    public @Nullable String correctedValue() {
        return Texts.orNull(value);
    }

    CorrectIntake toCommand(ParticipantId id) {
        return new CorrectIntake(
                id,
                IntakeField.fromWireName(Objects.requireNonNull(field)),
                correctedValue(),
                Objects.requireNonNull(reason));
    }
}
