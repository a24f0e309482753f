/** Schema migrations that each side owns under its own Flyway history. */
@NullMarked
package de.lotse.platform.persistence;

import org.jspecify.annotations.NullMarked;
