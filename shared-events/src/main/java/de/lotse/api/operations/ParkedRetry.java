package de.lotse.api.operations;

/** What a retry of parked events achieved: how many were applied, and how many are still parked. */
public record ParkedRetry(long applied, long stillParked) {}
