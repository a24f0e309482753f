package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.RecordMobilitySupport;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A mobility support on a date: its kind, the region it aims at and what it cost in euros and cents. */
record MobilityRequest(
        @NotNull LocalDate date,
        @NotNull MobilityKind kind,
        @Nullable @Size(max = 200) String region,

        @Nullable @DecimalMin("0.00") @Digits(integer = 7, fraction = 2) BigDecimal amountEur,

        @Nullable @Size(max = 2000) String note) {

    RecordMobilitySupport toCommand(ParticipantId participantId) {
        return new RecordMobilitySupport(participantId, date, kind, region, amountEur, note);
    }
}
