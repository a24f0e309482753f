package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import de.lotse.api.participant.ParticipantId;

/** Find the housing offers one participant received and the tenancies they hold or held. */
public record FindParticipantHousing(Caller caller, ParticipantId participantId) {}
