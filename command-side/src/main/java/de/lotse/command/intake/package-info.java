/** The duplicate check at intake: a register of keyed hashes, written in the event's transaction. */
@NullMarked
package de.lotse.command.intake;

import org.jspecify.annotations.NullMarked;
