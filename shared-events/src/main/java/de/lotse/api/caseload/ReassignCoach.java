package de.lotse.api.caseload;

import de.lotse.api.participant.ParticipantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a participant into another coach's caseload (team leads only). */
public record ReassignCoach(@TargetAggregateIdentifier ParticipantId participantId, String coach) {}
