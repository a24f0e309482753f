/** Tests of the participant's rules and of its HTTP routes. */
@NullMarked
package de.lotse.command.participant;

import org.jspecify.annotations.NullMarked;
