package de.lotse.api.operations;

import de.lotse.api.access.Caller;

/** Find every event the read models have parked, by read model, participant and sequence. */
public record FindParkedEvents(Caller caller) {}
