package de.lotse.api.housing;

import de.lotse.api.access.Caller;

/** Find every event of one unit's stream, in order, each with its link in the hash chain. */
public record FindUnitHistory(Caller caller, UnitId unitId) {}
