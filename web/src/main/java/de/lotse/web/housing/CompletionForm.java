package de.lotse.web.housing;

import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.RenovationId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day the renovation's works ended, which takes its units out of renovation. */
record CompletionForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date) {

    CompleteRenovation toCommand(RenovationId renovation) {
        return new CompleteRenovation(renovation, Objects.requireNonNull(date));
    }
}
