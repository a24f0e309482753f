package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The participant left the programme. The stages still active at that moment are closed with the
 * exit date; they are named here so that every reader sees the same closure. The follow-up falls
 * due on {@code followUpDueOn}.
 *
 * <p>Revision 2 added {@code followUpDueOn}: the follow-up date is fixed when the exit is recorded,
 * so a programme that changes its follow-up period later does not move the deadlines of people who
 * already left, and every reader shows the day the deadline was actually set for. Revision 1 events
 * were recorded while the follow-up always fell due six months after exit; they are read with that
 * date (see the upcaster in the platform's messaging).
 */
@JsonTypeName("ParticipantExited")
@Revision("2")
public record ParticipantExited(
        ParticipantId participantId,
        LocalDate exitDate,
        ExitReason reason,
        List<Stage> stagesClosed,
        LocalDate followUpDueOn)
        implements ParticipantEvent {

    public ParticipantExited {
        stagesClosed = List.copyOf(stagesClosed);
    }
}
