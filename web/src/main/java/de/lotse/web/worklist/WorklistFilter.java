package de.lotse.web.worklist;

import de.lotse.api.access.Caller;
import de.lotse.api.worklist.FindWorklist;
import de.lotse.api.worklist.WorklistKind;
import org.jspecify.annotations.Nullable;

/** The worklist filters as the page's links and form send them. */
record WorklistFilter(
        @Nullable WorklistKind kind,
        @Nullable String coach,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 20;

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    FindWorklist toQuery(Caller caller) {
        return new FindWorklist(caller, coach, kind, pageIndex(), PAGE_SIZE);
    }
}
