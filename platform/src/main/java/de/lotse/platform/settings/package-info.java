/** Defaults every Lotse process starts from, whichever launcher runs it. */
@NullMarked
package de.lotse.platform.settings;

import org.jspecify.annotations.NullMarked;
