/** One participant's current state, kept as a JSON document per participant. */
@NullMarked
package de.lotse.query.participant;

import org.jspecify.annotations.NullMarked;
