package de.lotse.command.housing.renovation;

import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.RenovationId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the renovation was completed. */
record CompletionRequest(@NotNull LocalDate date) {

    CompleteRenovation toCommand(RenovationId renovation) {
        return new CompleteRenovation(renovation, date);
    }
}
