package de.lotse.web.participant;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why the participant's personal data are erased (admins only), whether the erasure overrides the
 * legal retention period, and the admin's confirmation that it cannot be undone. An unticked box
 * sends nothing: no override, and no confirmation, which refuses the form. The confirmation is a
 * field rather than a dialog so that it holds without JavaScript too.
 */
record ErasureForm(
        @NotBlank @Size(max = 2000) @Nullable String reason,
        @Nullable Boolean overrideRetention,
        @NotNull @AssertTrue @Nullable Boolean confirmed) {

    ErasePersonalData toCommand(ParticipantId id) {
        return new ErasePersonalData(
                id, Objects.requireNonNull(reason).strip(), Boolean.TRUE.equals(overrideRetention));
    }
}
