package de.lotse.api.account;

import de.lotse.api.access.Caller;

/** Find the caller's own API tokens that are neither revoked nor expired, newest first. */
public record FindApiTokens(Caller caller) {}
