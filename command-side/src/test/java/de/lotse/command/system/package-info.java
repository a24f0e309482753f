/** Tests of how refusals travel and where they are registered. */
@NullMarked
package de.lotse.command.system;

import org.jspecify.annotations.NullMarked;
