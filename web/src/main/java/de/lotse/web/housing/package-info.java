/**
 * The housing officer's pages ("Gutes Wohnen"): units with their filters, properties with their
 * units and renovations, each unit's timeline with a form for every command, the register of
 * occupancy rights, the renovation with its workers, and the housing report.
 */
@NullMarked
package de.lotse.web.housing;

import org.jspecify.annotations.NullMarked;
