package de.lotse.api.operations;

/**
 * Apply a participant's parked events of a read model again, in their order, once the cause has
 * been fixed. Those that apply leave the queue; from the first that fails again on, the events stay
 * parked, with that event's new error.
 */
public record RetryParkedEvents(String readModel, String participantId) {}
