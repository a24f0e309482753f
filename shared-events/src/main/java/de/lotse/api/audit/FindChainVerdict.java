package de.lotse.api.audit;

/** Check every participant's hash chain against the stored events. */
public record FindChainVerdict() {}
