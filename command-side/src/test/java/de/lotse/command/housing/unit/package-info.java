/** Tests of the unit's rules. */
@NullMarked
package de.lotse.command.housing.unit;

import org.jspecify.annotations.NullMarked;
