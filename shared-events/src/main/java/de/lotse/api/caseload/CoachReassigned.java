package de.lotse.api.caseload;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import org.axonframework.serialization.Revision;

/** The participant is now in the given coach's caseload. */
@JsonTypeName("CoachReassigned")
@Revision("1")
public record CoachReassigned(ParticipantId participantId, String coach) implements ParticipantEvent {}
