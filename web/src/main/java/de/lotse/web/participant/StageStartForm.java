package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The stage to start and its first day, with the API's rules. */
record StageStartForm(
        @NotNull @Nullable Stage stage,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startDate) {

    StartStage toCommand(ParticipantId id) {
        return new StartStage(id, Objects.requireNonNull(stage), Objects.requireNonNull(startDate));
    }
}
