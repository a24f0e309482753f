/** Tests across the command side: its architecture. */
@NullMarked
package de.lotse.command;

import org.jspecify.annotations.NullMarked;
