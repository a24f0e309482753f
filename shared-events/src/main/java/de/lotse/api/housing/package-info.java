/**
 * Housing ("Gutes Wohnen"): the portfolio of properties and units, renovations that employ
 * participants, occupancy rights, vacancies, offers and tenancies, and the rules that guard them.
 */
@NullMarked
package de.lotse.api.housing;

import org.jspecify.annotations.NullMarked;
