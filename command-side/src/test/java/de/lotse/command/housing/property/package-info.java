/** Tests of the property's acquisition. */
@NullMarked
package de.lotse.command.housing.property;

import org.jspecify.annotations.NullMarked;
