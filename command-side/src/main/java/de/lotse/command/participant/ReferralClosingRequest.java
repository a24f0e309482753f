package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.validation.ReasonForOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How and when a referral ended; a need left unresolved says why. */
@ReasonForOutcome
record ReferralClosingRequest(
        @NotNull LocalDate date,
        @NotNull ReferralOutcome outcome,
        @Nullable @Size(max = 2000) String reason) implements ReasonForOutcome.Closing {

    CloseReferral toCommand(ParticipantId participantId, ReferralId referralId) {
        return new CloseReferral(participantId, referralId, date, outcome, reason);
    }
}
