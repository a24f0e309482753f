package de.lotse.api.operations;

import de.lotse.api.access.Caller;

/** Find how far every read model's projection has read the event stream, and which is being rebuilt. */
public record FindProjectionStatus(Caller caller) {}
