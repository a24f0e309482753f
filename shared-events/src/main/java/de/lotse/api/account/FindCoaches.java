package de.lotse.api.account;

import de.lotse.api.access.Caller;

/** Find every enabled account that may hold a caseload, ordered by user name. */
public record FindCoaches(Caller caller) {}
