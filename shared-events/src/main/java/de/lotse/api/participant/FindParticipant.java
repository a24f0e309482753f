package de.lotse.api.participant;

import de.lotse.api.access.Caller;

/** Find the current state of one participant. */
public record FindParticipant(Caller caller, ParticipantId participantId) {}
