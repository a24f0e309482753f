package de.lotse.command.erasure;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of {@code POST /api/participants/{id}/erasure}: why, and whether retention is overridden. */
record ErasureRequest(
        @NotBlank @Size(max = 500) String reason, @NotNull Boolean overrideRetention) {

    ErasePersonalData toCommand(UUID id) {
        return new ErasePersonalData(new ParticipantId(id), reason, overrideRetention);
    }
}
