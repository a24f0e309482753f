package de.lotse.api.housing;

import de.lotse.api.access.Caller;

/** Find every property of the portfolio, ordered by district and address. */
public record FindProperties(Caller caller) {}
