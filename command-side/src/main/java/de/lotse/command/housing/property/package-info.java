/** A property of the portfolio: its acquisition, and the routes that add properties and their units. */
@NullMarked
package de.lotse.command.housing.property;

import org.jspecify.annotations.NullMarked;
