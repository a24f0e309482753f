package de.lotse.api.account;

import de.lotse.api.access.Caller;

/**
 * Find one account: administrators may ask for anyone, everyone else only for themselves (the
 * answer to {@code GET /api/me}).
 */
public record FindAccount(Caller caller, String username) {}
