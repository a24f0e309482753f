/** Tests of the renovation's rules. */
@NullMarked
package de.lotse.command.housing.renovation;

import org.jspecify.annotations.NullMarked;
