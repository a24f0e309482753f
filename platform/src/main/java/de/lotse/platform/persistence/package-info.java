/**
 * The database as both sides use it: schema migrations each side owns under its own Flyway
 * history, how an unreachable database is recognised and reported, and work that waits for a
 * transaction's commit.
 */
@NullMarked
package de.lotse.platform.persistence;

import org.jspecify.annotations.NullMarked;
