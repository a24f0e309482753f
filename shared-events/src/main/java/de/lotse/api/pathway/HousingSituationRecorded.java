package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The participant's housing situation was recorded. */
@JsonTypeName("HousingSituationRecorded")
@Revision("1")
public record HousingSituationRecorded(
        ParticipantId participantId,
        LocalDate date,
        HousingSituation situation,
        @Nullable String detail) implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("detail");
    }
}
