package de.lotse.api.audit;

import de.lotse.api.access.Caller;
import de.lotse.api.participant.ParticipantId;

/** Find every event of one participant's stream, in order. */
public record FindParticipantHistory(Caller caller, ParticipantId participantId) {}
