/** A renovation of some units of a property, and the participants it employs. */
@NullMarked
package de.lotse.command.housing.renovation;

import org.jspecify.annotations.NullMarked;
