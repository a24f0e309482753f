package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.deadline.DeadlineManager;

/**
 * The six-month follow-up deadline: it falls on the exit date plus six months, at the start of
 * that day in UTC, the same day the caseload has always called the follow-up due.
 *
 * <p>Its name carries the participant's id. Quartz files a deadline's job in a group named after
 * the deadline, so cancelling one participant's deadline is a single indexed lookup rather than a
 * scan of every pending deadline's scope. A pending deadline is stored with this record's class
 * name, so the record keeps its name and package.
 */
record FollowUpDeadline(LocalDate dueDate) {

    private static final int MONTHS_AFTER_EXIT = 6;
    private static final String NAME_PREFIX = "follow-up-due-";

    static FollowUpDeadline after(LocalDate exitDate) {
        return new FollowUpDeadline(exitDate.plusMonths(MONTHS_AFTER_EXIT));
    }

    static String nameFor(ParticipantId participant) {
        return NAME_PREFIX + participant;
    }

    Instant dueAt() {
        return dueDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Schedules the deadline in the scope of the participant whose command is being handled. */
    void schedule(ParticipantId participant, DeadlineManager deadlines) {
        deadlines.schedule(dueAt(), nameFor(participant), this);
    }

    static void cancel(ParticipantId participant, DeadlineManager deadlines) {
        deadlines.cancelAll(nameFor(participant));
    }
}
