package de.lotse.web.audit;

import de.lotse.api.access.Caller;
import de.lotse.api.audit.FindAuditTrail;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The global trail's filters as the page's form sends them: the days (UTC) the events were
 * recorded on, from the first to the last day inclusive, who recorded them, their stored type.
 */
record TrailFilter(
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
        @Nullable String user,
        @Nullable String type,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 50;

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    FindAuditTrail toQuery(Caller caller) {
        return new FindAuditTrail(
                caller,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                blankAsNull(user),
                blankAsNull(type),
                pageIndex(),
                PAGE_SIZE);
    }

    private static @Nullable String blankAsNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
