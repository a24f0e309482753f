package de.lotse.web.esf;

import de.lotse.api.access.Caller;
import de.lotse.api.esf.FindEsfReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The report's inputs as the form sends them: the period and the instant "as of", entered in UTC.
 * Each may be left empty: an open period end, or now.
 */
record ReportPeriod(
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
        @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime asOf) {

    FindEsfReport toQuery(Caller caller) {
        return new FindEsfReport(caller, from, to, asOf == null ? null : asOf.toInstant(ZoneOffset.UTC));
    }
}
