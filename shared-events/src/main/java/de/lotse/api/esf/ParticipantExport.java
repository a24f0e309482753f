package de.lotse.api.esf;

import java.time.Instant;
import java.util.List;

/** Every participant's indicator data under a pseudonym, as recorded up to {@code asOf}, in pseudonym order. */
public record ParticipantExport(Instant asOf, List<ExportedParticipant> participants) {

    public ParticipantExport {
        participants = List.copyOf(participants);
    }
}
