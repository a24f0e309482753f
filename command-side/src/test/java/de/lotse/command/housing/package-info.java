/** Tests of what the housing aggregates share: the register and its constraint. */
@NullMarked
package de.lotse.command.housing;

import org.jspecify.annotations.NullMarked;
