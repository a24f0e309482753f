package de.lotse.web.esf;

import de.lotse.api.access.Caller;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.pathways.FindPathwayReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

/**
 * The report's inputs as the form sends them: the period and the instant "as of", entered in UTC.
 * Each may be left empty: an open period end, or now. Public for the pathway analytics' page, which
 * asks for the same three.
 */
public record ReportPeriod(
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
        @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime asOf) {

    /** The period as asked for, or the open one now when the form could not be read. */
    public static ReportPeriod valid(ReportPeriod period, BindingResult errors) {
        return errors.hasErrors() ? new ReportPeriod(null, null, null) : period;
    }

    FindEsfReport toQuery(Caller caller) {
        return new FindEsfReport(caller, from, to, asOfInstant());
    }

    public FindPathwayReport toPathwayQuery(Caller caller) {
        return new FindPathwayReport(caller, from, to, asOfInstant());
    }

    private @Nullable Instant asOfInstant() {
        return asOf == null ? null : asOf.toInstant(ZoneOffset.UTC);
    }
}
