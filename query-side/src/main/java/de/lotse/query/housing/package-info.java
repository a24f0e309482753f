/**
 * Housing as its readers see it: the units with their status today, a unit's page and history, the
 * occupancy-rights register, the renovations with their workers, a participant's offers and
 * tenancies, and the housing report as of any instant.
 */
@NullMarked
package de.lotse.query.housing;

import org.jspecify.annotations.NullMarked;
