package de.lotse.web.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

/**
 * A report's inputs as its form sends them: the period and the instant "as of", entered in UTC.
 * Each may be left empty: an open period end, or now. The ESF+ report and the housing report
 * both take them.
 */
public record ReportPeriod(
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
        @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime asOf) {

    /** A period the form could not read counts as not given, and the page shows the open report. */
    public static ReportPeriod valid(ReportPeriod period, BindingResult errors) {
        return errors.hasErrors() ? new ReportPeriod(null, null, null) : period;
    }

    public @Nullable Instant asOfInstant() {
        return asOf == null ? null : asOf.toInstant(ZoneOffset.UTC);
    }
}
