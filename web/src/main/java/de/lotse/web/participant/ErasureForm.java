package de.lotse.web.participant;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why the participant's personal data are erased (admins only), and whether the erasure overrides
 * the legal retention period. An unticked box sends nothing, which means no override.
 */
record ErasureForm(@NotBlank @Size(max = 2000) @Nullable String reason, @Nullable Boolean overrideRetention) {

    ErasePersonalData toCommand(ParticipantId id) {
        return new ErasePersonalData(id, Objects.requireNonNull(reason).strip(),
                Boolean.TRUE.equals(overrideRetention));
    }
}
