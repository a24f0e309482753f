package de.lotse.api.housing;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/** Find the renovations, of one property or of all, the latest started first. */
public record FindRenovations(Caller caller, @Nullable PropertyId propertyId) {}
