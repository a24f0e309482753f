package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The participant began a stage of the route. */
@JsonTypeName("StageStarted")
@Revision("1")
public record StageStarted(ParticipantId participantId, Stage stage, LocalDate startDate) implements ParticipantEvent {}
