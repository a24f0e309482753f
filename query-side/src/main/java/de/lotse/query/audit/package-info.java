/** A participant's full event trail, read straight from the event store, the source of truth. */
@NullMarked
package de.lotse.query.audit;

import org.jspecify.annotations.NullMarked;
