package de.lotse.api.operations;

/**
 * Drop a participant's parked events of a read model without applying them. The read model then
 * lacks them until it is rebuilt from the first event.
 */
public record EvictParkedEvents(String readModel, String participantId) {}
