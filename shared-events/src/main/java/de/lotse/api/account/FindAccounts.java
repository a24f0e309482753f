package de.lotse.api.account;

import de.lotse.api.access.Caller;

/** Find every account, ordered by user name (administrators only). */
public record FindAccounts(Caller caller) {}
