/** The all-in-one launcher: both sides and the UI in one JVM, on an embedded PostgreSQL by default. */
@NullMarked
package de.lotse.app;

import org.jspecify.annotations.NullMarked;
