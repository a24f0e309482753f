/**
 * The one way Lotse writes CSV, for every download: a dialect per audience, and no cell that a
 * spreadsheet would run as a formula.
 */
@NullMarked
package de.lotse.platform.csv;

import org.jspecify.annotations.NullMarked;
