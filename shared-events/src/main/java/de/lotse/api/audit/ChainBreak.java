package de.lotse.api.audit;

/** A place where a participant's hash chain does not hold: that event was changed, removed or moved. */
public record ChainBreak(String participantId, long sequence) {}
