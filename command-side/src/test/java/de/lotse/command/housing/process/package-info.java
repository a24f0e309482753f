/** Tests of the housing processes. */
@NullMarked
package de.lotse.command.housing.process;

import org.jspecify.annotations.NullMarked;
