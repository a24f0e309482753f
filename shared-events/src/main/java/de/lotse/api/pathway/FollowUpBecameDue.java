package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Six months after the exit no follow-up had been recorded, so the follow-up contact is due since
 * the due date. Any follow-up recorded later, an unreachable participant included, settles it.
 */
@JsonTypeName("FollowUpBecameDue")
@Revision("1")
public record FollowUpBecameDue(ParticipantId participantId, LocalDate dueDate) implements ParticipantEvent {}
