package de.lotse.command.erasure;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/participants/{id}/erasure}: why, and whether retention is
 * overridden. The contract makes {@code overrideRetention} optional and absent means {@code false},
 * so an erasure without it during the retention period is the aggregate's {@code 409}, not a 400.
 */
record ErasureRequest(
        @NotBlank @Size(max = 500) String reason, @Nullable Boolean overrideRetention) {

    ErasePersonalData toCommand(UUID id) {
        return new ErasePersonalData(new ParticipantId(id), reason, Boolean.TRUE.equals(overrideRetention));
    }
}
