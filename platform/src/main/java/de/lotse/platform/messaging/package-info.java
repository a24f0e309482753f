/** How messages travel: stable stored event names, who recorded an event, correlation. */
@NullMarked
package de.lotse.platform.messaging;

import org.jspecify.annotations.NullMarked;
