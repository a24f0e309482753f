/** One unit and its rule book: occupancy rights, vacancies, offers and tenancies, and their routes. */
@NullMarked
package de.lotse.command.housing.unit;

import org.jspecify.annotations.NullMarked;
