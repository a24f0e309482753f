/** Errors as RFC 9457 problems, mapped once for both sides. */
@NullMarked
package de.lotse.platform.problem;

import org.jspecify.annotations.NullMarked;
