package de.lotse.query.esf;

import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.platform.problem.LotseProblems.FieldProblem;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funder statistics as JSON and as a CSV download of the same table. {@code from} and
 * {@code to} are ISO dates, {@code asOf} an ISO instant, each optional. A value that does not parse
 * is refused by the problem advice; a period that ends before it starts is refused here, in the
 * same problem format, since only together do the two dates say anything wrong.
 */
@RestController
@Tag(name = "Reports")
class EsfReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    EsfReportController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getEsfReport",
            summary = "Report the ESF+ indicators",
            description = "All 23 indicators, EECO01 to EECO17 and EECR01 to EECR06, by gender, with their"
                    + " consistency checks. Outputs count entries in the period, results exits in it; `asOf` gives"
                    + " the report as it stood at that instant.")
    @GetMapping(path = "/api/reports/esf", produces = MediaType.APPLICATION_JSON_VALUE)
    EsfReport report(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Instant asOf) {
        return find(from, to, asOf);
    }

    @Operation(operationId = "getEsfReportCsv", summary = "Report the ESF+ indicators as CSV")
    @ApiResponse(
            responseCode = "200",
            description = "The indicator table.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/api/reports/esf.csv")
    ResponseEntity<EsfReport> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Instant asOf) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("esf-report.csv")
                                .build()
                                .toString())
                .body(find(from, to, asOf));
    }

    private EsfReport find(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Instant asOf) {
        if (from != null && to != null && from.isAfter(to)) {
            throw periodEndsBeforeItStarts();
        }
        var query = new FindEsfReport(currentCaller.get(), from, to, asOf);
        return queries.query(query, ResponseTypes.instanceOf(EsfReport.class)).join();
    }

    private static ErrorResponseException periodEndsBeforeItStarts() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The period ends before it starts.");
        problem.setType(URI.create("urn:lotse:problem:invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem("from", "must not be after to")));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
