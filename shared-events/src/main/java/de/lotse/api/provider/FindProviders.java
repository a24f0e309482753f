package de.lotse.api.provider;

import de.lotse.api.access.Caller;
import de.lotse.api.support.ReferralArea;
import org.jspecify.annotations.Nullable;

/** Find the providers of the directory, by name; only those serving {@code area} when it is given. */
public record FindProviders(Caller caller, @Nullable ReferralArea area) {}
