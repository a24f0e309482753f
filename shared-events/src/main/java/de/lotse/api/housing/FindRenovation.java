package de.lotse.api.housing;

import de.lotse.api.access.Caller;

/** Find one renovation with its units and workers. */
public record FindRenovation(Caller caller, RenovationId renovationId) {}
