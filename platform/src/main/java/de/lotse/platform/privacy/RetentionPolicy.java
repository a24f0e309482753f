package de.lotse.platform.privacy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal retention period (CPR (EU) 2021/1060 Art. 82: five years from 31 December of the year
 * of the last payment; national programmes may ask for more). Until {@code lotse.retention.until}
 * the records must be kept, and GDPR Art. 17(3)(b) suspends the right to erasure; from that day on
 * personal data must go. Without a date no retention period is configured. Both sides read it:
 * the command side to refuse an early erasure and to sweep once the period has ended, the query
 * side to tell participants in the data-protection notice how long their data are kept.
 */
@ConfigurationProperties("lotse.retention")
public record RetentionPolicy(@Nullable LocalDate until) {

    /** Whether the records must still be kept on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return until != null && day.isBefore(until);
    }
}
