package de.lotse.api.worklist;

import de.lotse.api.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Find one page of the items due today, earliest due date first, optionally of one coach and one
 * kind. A coach only ever sees the items of the own participants, whatever coach is asked for.
 */
public record FindWorklist(
        Caller caller, @Nullable String coach, @Nullable WorklistKind kind, int page, int size) {}
