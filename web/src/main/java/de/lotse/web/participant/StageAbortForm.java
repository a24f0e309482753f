package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The active stage broken off, the day, and why. */
record StageAbortForm(
        @NotNull @Nullable Stage stage,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotBlank @Size(max = 2000) @Nullable String reason) {

    AbortStage toCommand(ParticipantId id) {
        return new AbortStage(
                id, Objects.requireNonNull(stage), Objects.requireNonNull(date), Objects.requireNonNull(reason));
    }
}
