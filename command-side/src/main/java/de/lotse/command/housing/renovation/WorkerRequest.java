package de.lotse.command.housing.renovation;

import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A participant who works on the renovation from a day on, for some hours a week. */
record WorkerRequest(
        @NotNull UUID participantId,
        @NotNull LocalDate from,

        @NotNull @Positive @DecimalMax("60") @Digits(integer = 2, fraction = 2) BigDecimal hoursPerWeek) {

    EmployOnRenovation toCommand(RenovationId renovation) {
        return new EmployOnRenovation(renovation, new ParticipantId(participantId), from, hoursPerWeek);
    }
}
