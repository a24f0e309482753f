/** What every command shares: its schema, how refusals travel, and how they become problems. */
@NullMarked
package de.lotse.command.system;

import org.jspecify.annotations.NullMarked;
