package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.COACHING_FIRST;
import static de.lotse.api.pathway.PathwayRule.DATE_BEFORE_STAGE_START;
import static de.lotse.api.pathway.PathwayRule.STAGE_ALREADY_ACTIVE;
import static de.lotse.api.pathway.PathwayRule.STAGE_NOT_ACTIVE;

import de.lotse.api.pathway.Stage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

/**
 * The part of the participant's state the stage rules read: which stages run since when, and
 * whether coaching has ever started. Kept apart from {@link Participant} so that the aggregate
 * reads as the sequence of its decisions, and these rules in one place.
 */
@StoredByFields
final class ActiveStages {

    // Declared as an EnumMap, so that a snapshot reads back into one, in route order.
    private final EnumMap<Stage, LocalDate> since = new EnumMap<>(Stage.class);
    private boolean coachingStarted;

    void started(Stage stage, LocalDate date) {
        since.put(stage, date);
        coachingStarted = coachingStarted || stage == Stage.COACHING;
    }

    void ended(Stage stage) {
        since.remove(stage);
    }

    void closed(Collection<Stage> stages) {
        since.keySet().removeAll(stages);
    }

    /** The running stages, in route order. */
    List<Stage> running() {
        return List.copyOf(since.keySet());
    }

    /** A stage starts only when not running, and any but COACHING only once coaching has started. */
    void requireMayStart(Stage stage) {
        if (stage != Stage.COACHING && !coachingStarted) {
            throw new PathwayRuleViolation(COACHING_FIRST, stage + " cannot start before COACHING has started.");
        }
        if (since.containsKey(stage)) {
            throw new PathwayRuleViolation(STAGE_ALREADY_ACTIVE, stage + " is active since " + since.get(stage) + ".");
        }
    }

    /** Only a running stage ends, and not before it started. */
    void requireMayEnd(Stage stage, LocalDate date) {
        if (!since.containsKey(stage)) {
            throw new PathwayRuleViolation(STAGE_NOT_ACTIVE, stage + " is not active.");
        }
        requireNotBeforeStart(stage, date);
    }

    /** The exit ends every running stage, so it may not lie before any of their starts. */
    void requireNoneStartedAfter(LocalDate date) {
        since.keySet().forEach(stage -> requireNotBeforeStart(stage, date));
    }

    private void requireNotBeforeStart(Stage stage, LocalDate date) {
        var start = since.get(stage);
        if (start != null && date.isBefore(start)) {
            throw new PathwayRuleViolation(
                    DATE_BEFORE_STAGE_START, date + " lies before the start of " + stage + " on " + start + ".");
        }
    }
}
