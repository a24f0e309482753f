package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The participant left the programme. The stages still active at that moment are closed with the
 * exit date; they are named here so that every reader sees the same closure.
 */
@JsonTypeName("ParticipantExited")
@Revision("1")
public record ParticipantExited(
        ParticipantId participantId, LocalDate exitDate, ExitReason reason, List<Stage> stagesClosed)
        implements ParticipantEvent {

    public ParticipantExited {
        stagesClosed = List.copyOf(stagesClosed);
    }
}
