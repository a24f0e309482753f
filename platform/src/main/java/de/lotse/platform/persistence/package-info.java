/**
 * The database as both sides use it: schema migrations each side owns under its own Flyway
 * history, and how an unreachable database is recognised and reported.
 */
@NullMarked
package de.lotse.platform.persistence;

import org.jspecify.annotations.NullMarked;
