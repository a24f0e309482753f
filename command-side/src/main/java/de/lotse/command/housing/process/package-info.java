/**
 * The housing steps that reach beyond one aggregate, run by Lotse itself after the event: other
 * offers withdrawn after an acceptance, a renovation job and a move-in recorded on the pathway.
 */
@NullMarked
package de.lotse.command.housing.process;

import org.jspecify.annotations.NullMarked;
