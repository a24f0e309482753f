package de.lotse.api.participant;

/**
 * A fact recorded in one participant's stream. Every implementation is listed in
 * {@link ParticipantEvents}, which gives it its stable stored name.
 */
public interface ParticipantEvent extends SealedForParticipant {}
