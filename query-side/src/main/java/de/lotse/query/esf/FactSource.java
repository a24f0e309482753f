package de.lotse.query.esf;

import java.time.Instant;
import java.util.UUID;

/** The event a fact comes from: its place in the participant's stream and when it was recorded. */
record FactSource(UUID participantId, long sequence, Instant recordedAt) {}
