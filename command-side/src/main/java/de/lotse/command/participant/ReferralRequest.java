package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A referral to a provider, made with the person's consent that their data go there. */
record ReferralRequest(
        @NotNull LocalDate date,
        @NotNull ReferralArea area,
        @NotBlank @Size(max = 200) String provider,
        @Nullable @Size(max = 2000) String note,

        @NotNull @AssertTrue(message = "must be true: no data go to a provider without the person's consent") Boolean consentGiven) {

    MakeReferral toCommand(ParticipantId participantId, ReferralId referralId) {
        return new MakeReferral(participantId, referralId, date, area, provider.strip(), note);
    }
}
