package de.lotse.command.participant;

import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.validation.AcceptedCorrection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One intake field to correct, under its intake name, with its new value and why. */
@AcceptedCorrection
record CorrectionRequest(
        @NotBlank String field,
        @Nullable String value,
        @NotBlank @Size(max = 2000) String reason) implements AcceptedCorrection.Correction {

    @Override
    public @Nullable String correctedValue() {
        return value;
    }

    CorrectIntake toCommand(ParticipantId participantId) {
        return new CorrectIntake(participantId, IntakeField.fromWireName(field), value, reason);
    }
}
