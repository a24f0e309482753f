package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.RecordFollowUp;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the six-month follow-up found, and whether the situation is better than at entry. */
record FollowUpForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable FollowUpSituation situation,
        @NotNull @Nullable Boolean betterSituation) {

    RecordFollowUp toCommand(ParticipantId id) {
        return new RecordFollowUp(
                id,
                Objects.requireNonNull(date),
                Objects.requireNonNull(situation),
                Objects.requireNonNull(betterSituation));
    }
}
