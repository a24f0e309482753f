package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Find one page of the housing units, filtered by their status today, by district and by property;
 * a missing filter does not restrict. Units are listed by address, then label.
 */
public record FindUnits(
        Caller caller,
        @Nullable UnitStatus status,
        @Nullable String district,
        @Nullable PropertyId propertyId,
        int page,
        int size) {}
