package de.lotse.command.account;

import java.time.Instant;
import java.util.UUID;

/** The answer to a new token: the only time the token itself is shown. */
record IssuedToken(UUID id, String name, String token, Instant expiresAt) {}
