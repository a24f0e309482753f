package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Where the participant lives from a day on. */
record HousingForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable HousingSituation situation,
        @Size(max = 2000) @Nullable String detail) {

    RecordHousingSituation toCommand(ParticipantId id) {
        return new RecordHousingSituation(
                id, Objects.requireNonNull(date), Objects.requireNonNull(situation), Texts.orNull(detail));
    }
}
