package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import de.lotse.web.system.Texts;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A referral to a provider, picked from the directory or typed in, with the person's consent that
 * their data go there. An unticked consent box sends nothing, which refuses the form.
 */
record ReferralForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotNull @Nullable ReferralArea area,
        @NotBlank @Size(max = 200) @Nullable String provider,
        @Size(max = 2000) @Nullable String note,
        @NotNull @AssertTrue @Nullable Boolean consentGiven) {

    MakeReferral toCommand(ParticipantId id) {
        return new MakeReferral(
                id,
                ReferralId.random(),
                Objects.requireNonNull(date),
                Objects.requireNonNull(area),
                Objects.requireNonNull(provider).strip(),
                Texts.orNull(note));
    }
}
