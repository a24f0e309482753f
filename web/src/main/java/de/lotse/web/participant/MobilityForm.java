package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.RecordMobilitySupport;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A mobility support on a day: its kind, the region it aims at and what it cost in euros. */
record MobilityForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable MobilityKind kind,
        @Size(max = 200) @Nullable String region,

        @DecimalMin("0.00") @Digits(integer = 7, fraction = 2) @Nullable BigDecimal amountEur,

        @Size(max = 2000) @Nullable String note) {

    RecordMobilitySupport toCommand(ParticipantId id) {
        return new RecordMobilitySupport(
                id,
                Objects.requireNonNull(date),
                Objects.requireNonNull(kind),
                Texts.orNull(region),
                amountEur,
                Texts.orNull(note));
    }
}
