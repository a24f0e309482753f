package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The six-month follow-up found the participant in the given situation. */
@JsonTypeName("FollowUpRecorded")
@Revision("1")
public record FollowUpRecorded(
        ParticipantId participantId, LocalDate date, FollowUpSituation situation, boolean betterSituation)
        implements ParticipantEvent {}
