package de.lotse.api.esf;

import de.lotse.api.access.Caller;

/** Find every participant's indicator data under a pseudonym, for evaluators. */
public record FindParticipantExport(Caller caller) {}
