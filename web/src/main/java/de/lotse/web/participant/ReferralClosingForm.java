package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.validation.ReasonForOutcome;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Which open referral ended, when, with what outcome and, when its need stays unmet, why. */
@ReasonForOutcome
record ReferralClosingForm(
        @NotNull @Nullable UUID referral,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable ReferralOutcome outcome,
        @Size(max = 2000) @Nullable String reason)
        implements ReasonForOutcome.Closing {

    CloseReferral toCommand(ParticipantId id) {
        return new CloseReferral(
                id,
                new ReferralId(Objects.requireNonNull(referral)),
                Objects.requireNonNull(date),
                Objects.requireNonNull(outcome),
                Texts.orNull(reason));
    }
}
