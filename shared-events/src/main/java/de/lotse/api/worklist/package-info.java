/** The coach's worklist: what is due for whom, earliest first. */
@NullMarked
package de.lotse.api.worklist;

import org.jspecify.annotations.NullMarked;
