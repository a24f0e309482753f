package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.RecordExit;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day the participant left the programme, and why. */
record ExitForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate exitDate,
        @NotNull @Nullable ExitReason reason) {

    RecordExit toCommand(ParticipantId id) {
        return new RecordExit(id, Objects.requireNonNull(exitDate), Objects.requireNonNull(reason));
    }
}
