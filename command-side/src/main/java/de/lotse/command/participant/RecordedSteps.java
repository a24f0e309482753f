package de.lotse.command.participant;

import static de.lotse.api.pathway.PathwayRule.ENTRY_DATE_AFTER_RECORDED_STEP;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The earliest date of anything recorded after the intake. A correction of the entry date may not
 * move it past that day, or a recorded step would lie before the entry, which no command could
 * have recorded.
 */
@StoredByFields
final class RecordedSteps {

    private @Nullable LocalDate earliest;

    void noted(LocalDate date) {
        earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
    }

    void requireNoneBefore(LocalDate entryDate) {
        if (earliest != null && entryDate.isAfter(earliest)) {
            throw new PathwayRuleViolation(
                    ENTRY_DATE_AFTER_RECORDED_STEP,
                    "The entry date " + entryDate + " would lie after a step recorded on " + earliest + ".");
        }
    }
}
