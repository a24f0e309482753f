package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.ALREADY_EXITED;
import static de.lotse.api.pathway.PathwayRule.FOLLOW_UP_ALREADY_RECORDED;
import static de.lotse.api.pathway.PathwayRule.FOLLOW_UP_BEFORE_EXIT;
import static de.lotse.api.pathway.PathwayRule.FOLLOW_UP_NEEDS_EXIT;
import static de.lotse.api.pathway.PathwayRule.MOBILITY_AFTER_EXIT;

import de.lotse.api.support.MobilityKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The part of the participant's state the exit and follow-up rules read: whether and when the
 * participant exited, and whether the six-month follow-up fell due or was recorded; the exit also
 * decides which mobility support may still be recorded. Kept apart
 * from {@link Participant}, as {@link ActiveStages} is, so that these rules sit in one place.
 */
@StoredByFields
final class Departure {

    private @Nullable LocalDate exitDate;
    private boolean followUpDue;
    private boolean followUpRecorded;

    void exited(LocalDate date) {
        exitDate = date;
    }

    void followUpFellDue() {
        followUpDue = true;
    }

    void followUpRecorded() {
        followUpRecorded = true;
    }

    /** Neither due nor recorded yet: a deadline that fires after the follow-up was recorded changes nothing. */
    boolean followUpMayFallDue() {
        return !followUpRecorded && !followUpDue;
    }

    void requireNotExited() {
        if (exitDate != null) {
            throw new PathwayRuleViolation(ALREADY_EXITED, "The participant exited on " + exitDate + ".");
        }
    }

    /** After the exit only a job taken up in another region is still recorded as mobility. */
    void requireMobilityAllowed(MobilityKind kind) {
        if (exitDate != null && !kind.allowedAfterExit()) {
            throw new PathwayRuleViolation(
                    MOBILITY_AFTER_EXIT, kind + " cannot be recorded after the exit on " + exitDate + ".");
        }
    }

    void requireExited() {
        if (exitDate == null) {
            throw new PathwayRuleViolation(FOLLOW_UP_NEEDS_EXIT, "The participant has not exited yet.");
        }
    }

    void requireNotBeforeExit(LocalDate date) {
        if (exitDate != null && date.isBefore(exitDate)) {
            throw new PathwayRuleViolation(
                    FOLLOW_UP_BEFORE_EXIT, date + " lies before the exit date " + exitDate + ".");
        }
    }

    void requireNoFollowUpYet() {
        if (followUpRecorded) {
            throw new PathwayRuleViolation(FOLLOW_UP_ALREADY_RECORDED, "The follow-up has already been recorded.");
        }
    }
}
