/** The query side's tests across its features: the web slice's configuration and the architecture rules. */
@NullMarked
package de.lotse.query;

import org.jspecify.annotations.NullMarked;
