package de.lotse.api.audit;

import java.util.List;

/** The outcome of checking every hash chain: valid only without a single break. */
public record ChainVerdict(boolean valid, long participantsChecked, long eventsChecked, List<ChainBreak> broken) {

    public ChainVerdict {
        broken = List.copyOf(broken);
    }
}
