/** What the query side's tests share: events as a participant's story produces them. */
@NullMarked
package de.lotse.query.testing;

import org.jspecify.annotations.NullMarked;
