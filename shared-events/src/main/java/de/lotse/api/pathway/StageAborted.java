package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A stage was broken off before it was completed. */
@JsonTypeName("StageAborted")
@Revision("1")
public record StageAborted(ParticipantId participantId, Stage stage, LocalDate date, String reason)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("reason");
    }
}
