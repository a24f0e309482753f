package de.lotse.web.housing;

import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A participant who works on the renovation from a day on, for some hours a week. */
record WorkerForm(
        @NotNull @Nullable UUID participantId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("60") @Digits(integer = 2, fraction = 2) @Nullable BigDecimal hoursPerWeek) {

    EmployOnRenovation toCommand(RenovationId renovation) {
        return new EmployOnRenovation(
                renovation,
                new ParticipantId(Objects.requireNonNull(participantId)),
                Objects.requireNonNull(from),
                Objects.requireNonNull(hoursPerWeek));
    }
}
