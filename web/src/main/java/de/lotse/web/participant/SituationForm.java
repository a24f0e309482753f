package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The labour-market situation found on a day. */
record SituationForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable LabourMarketSituation situation,
        @Size(max = 2000) @Nullable String detail) {

    RecordLabourMarketSituation toCommand(ParticipantId id) {
        return new RecordLabourMarketSituation(
                id, Objects.requireNonNull(date), Objects.requireNonNull(situation), Texts.orNull(detail));
    }
}
