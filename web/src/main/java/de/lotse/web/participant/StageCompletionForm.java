package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.Stage;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The active stage completed, the day, and an optional note. */
record StageCompletionForm(
        @NotNull @Nullable Stage stage,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @Size(max = 2000) @Nullable String note) {

    CompleteStage toCommand(ParticipantId id) {
        return new CompleteStage(id, Objects.requireNonNull(stage), Objects.requireNonNull(date), Texts.orNull(note));
    }
}
