package de.lotse.api.audit;

import de.lotse.api.access.Caller;

/** Check every stream's hash chain against the stored events. */
public record FindChainVerdict(Caller caller) {}
