package de.lotse.command.audit;

import de.lotse.api.audit.ChainBreak;
import de.lotse.api.audit.ChainVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the chains, each participant's places in sequence order; participants may take
 * turns, as they do in the event stream. A changed event no longer hashes to its link, a missing
 * event leaves its link alone or a gap in the sequence, swapped events break both places.
 */
final class ChainWalk {

    private static final class Chain {

        long expectedSequence;
        String previousHash = StoredEvent.GENESIS;
    }

    private final Map<String, Chain> chains = new HashMap<>();
    private final List<ChainBreak> broken = new ArrayList<>();
    private long events;

    /** The next place of the participant's chain: its link, its event, either may be missing. */
    void next(String participant, long sequence, @Nullable String storedHash, @Nullable StoredEvent event) {
        var chain = chains.computeIfAbsent(participant, ignored -> new Chain());
        if (event != null) {
            events++;
        }
        if (sequence != chain.expectedSequence) {
            broken.add(new ChainBreak(participant, chain.expectedSequence));
        }
        var intact = storedHash != null
                && event != null
                && event.chainedTo(chain.previousHash).equals(storedHash);
        if (!intact) {
            broken.add(new ChainBreak(participant, sequence));
        }
        chain.previousHash = storedHash != null ? storedHash : StoredEvent.GENESIS;
        chain.expectedSequence = sequence + 1;
    }

    /** The sequence the participant's next event would have; 0 for one not seen. */
    long expectedSequence(String participant) {
        var chain = chains.get(participant);
        return chain == null ? 0 : chain.expectedSequence;
    }

    /** Marks the participant's chain broken where a link stands without its event. */
    void linkWithoutEvent(String participant, long sequence) {
        chains.computeIfAbsent(participant, ignored -> new Chain());
        broken.add(new ChainBreak(participant, sequence));
    }

    ChainVerdict verdict() {
        return new ChainVerdict(broken.isEmpty(), chains.size(), events, List.copyOf(broken));
    }
}
