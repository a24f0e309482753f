package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Find the occupancy-rights register: every right not expired by today, or, with
 * {@code expiringWithinDays}, those whose last valid day falls within that many days from today;
 * the soonest to expire first.
 */
public record FindOccupancyRights(Caller caller, @Nullable Integer expiringWithinDays) {}
