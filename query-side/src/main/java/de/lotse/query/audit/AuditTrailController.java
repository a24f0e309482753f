package de.lotse.query.audit;

import de.lotse.api.audit.AuditEntry;
import de.lotse.api.audit.AuditTrailPage;
import de.lotse.api.audit.FindAuditTrail;
import de.lotse.platform.csv.CsvDialect;
import de.lotse.platform.csv.CsvWriter;
import de.lotse.platform.problem.InvalidParameter;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The global audit trail for auditors: one page as JSON, or every matching event as CSV
 * ({@link CsvDialect#RFC_4180}) or JSON Lines for their own tools. {@code from} and {@code to} take a date (whole days, UTC) or an
 * instant; {@code to} is exclusive for instants and inclusive for dates.
 */
@RestController
@Tag(name = "Audit")
class AuditTrailController {

    private static final int EXPORT_PAGE = 1000;
    private static final String[] CSV_HEADER = {
        "participantId",
        "sequence",
        "type",
        "recordedAt",
        "recordedBy",
        "correlationId",
        "causationId",
        "hash",
        "account",
        "housingStream"
    };

    private final QueryGateway queries;
    private final CurrentCaller caller;
    private final JsonMapper json;

    AuditTrailController(QueryGateway queries, CurrentCaller caller, JsonMapper json) {
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @Operation(
            operationId = "getAuditTrail",
            summary = "Page through the audit trail",
            description = "Every recorded event, oldest first, filtered by period, user and event type. Auditors and"
                    + " admins.")
    @GetMapping("/api/audit/events")
    AuditTrailPage page(
            @RequestParam @Nullable String from,
            @RequestParam @Nullable String to,
            @RequestParam @Nullable String user,
            @RequestParam @Nullable String type,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.query(query(from, to, user, type, page, size), AuditTrailPage.class)
                .join();
    }

    @Operation(operationId = "exportAuditTrailCsv", summary = "Export the audit trail as CSV")
    @ApiResponse(
            responseCode = "200",
            description = "Every matching event.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/api/audit/events.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam @Nullable String from,
            @RequestParam @Nullable String to,
            @RequestParam @Nullable String user,
            @RequestParam @Nullable String type) {
        var filter = query(from, to, user, type, 0, EXPORT_PAGE);
        StreamingResponseBody body = out -> {
            var csv = CsvWriter.start(out, CsvDialect.RFC_4180, CSV_HEADER);
            each(
                    filter,
                    e -> unchecked(() -> {
                        print(csv, e);
                        return e;
                    }));
            csv.flush();
        };
        return download(body, "text/csv;charset=UTF-8", "audit-trail.csv");
    }

    @Operation(operationId = "exportAuditTrailJsonLines", summary = "Export the audit trail as JSON Lines")
    @ApiResponse(
            responseCode = "200",
            description = "Every matching event, one JSON object a line.",
            content = @Content(mediaType = "application/jsonl", schema = @Schema(type = "string")))
    @GetMapping("/api/audit/events.jsonl")
    ResponseEntity<StreamingResponseBody> jsonLines(
            @RequestParam @Nullable String from,
            @RequestParam @Nullable String to,
            @RequestParam @Nullable String user,
            @RequestParam @Nullable String type) {
        var filter = query(from, to, user, type, 0, EXPORT_PAGE);
        StreamingResponseBody body = out -> each(
                filter,
                e -> unchecked(() -> {
                    out.write(json.writeValueAsBytes(e));
                    out.write('\n');
                    return e;
                }));
        return download(body, "application/jsonl", "audit-trail.jsonl");
    }

    private FindAuditTrail query(
            @Nullable String from,
            @Nullable String to,
            @Nullable String user,
            @Nullable String type,
            int page,
            int size) {
        return new FindAuditTrail(
                caller.get(), instant(from, "from", false), instant(to, "to", true), user, type, page, size);
    }

    /** Walks every page of the trail through the query gateway, oldest first. */
    private void each(FindAuditTrail filter, Consumer<AuditEntry> action) {
        for (var page = 0; ; page++) {
            var query = new FindAuditTrail(
                    filter.caller(), filter.from(), filter.to(), filter.user(), filter.type(), page, EXPORT_PAGE);
            var items = queries.query(query, AuditTrailPage.class).join().items();
            for (var entry : items) {
                action.accept(entry);
            }
            if (items.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    /** Streaming callbacks cannot throw; the servlet container sees the cause and aborts the download. */
    private static void unchecked(Callable<?> write) {
        try {
            write.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(CsvWriter csv, AuditEntry e) throws IOException {
        csv.row(
                e.participantId(),
                e.sequence(),
                e.type(),
                e.recordedAt(),
                e.recordedBy(),
                e.correlationId(),
                e.causationId(),
                e.hash(),
                e.account(),
                e.housingStream());
    }

    private static ResponseEntity<StreamingResponseBody> download(
            StreamingResponseBody body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static @Nullable Instant instant(@Nullable String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.contains("T")) {
                return Instant.parse(value);
            }
            var day = LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(
                    name, "'" + value + "' is neither a date (2026-01-15) nor an instant (2026-01-15T09:30:00Z)");
        }
    }
}
