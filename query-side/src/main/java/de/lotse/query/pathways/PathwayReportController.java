package de.lotse.query.pathways;

import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.platform.problem.InvalidParameter;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pathway analytics, asked for like the ESF+ report: ISO dates for the period of entry, an ISO
 * instant for {@code asOf}; a period that ends before it starts is a 400 naming {@code from}.
 */
@RestController
@Tag(name = "Reports")
class PathwayReportController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    PathwayReportController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getPathwayReport",
            summary = "Report how the pathways work",
            description = "For the participants who entered in the period: the stage funnel with median days, the"
                    + " routes with their outcomes, cohorts by entry quarter and referrals by area, as it stood at"
                    + " `asOf`. For evaluators, counts below `suppressedBelow` and medians over fewer participants"
                    + " are null.")
    @GetMapping(path = "/api/reports/pathways", produces = MediaType.APPLICATION_JSON_VALUE)
    PathwayReport report(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Instant asOf) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameter("from", "must not be after to");
        }
        var query = new FindPathwayReport(currentCaller.get(), from, to, asOf);
        return queries.query(query, ResponseTypes.instanceOf(PathwayReport.class))
                .join();
    }
}
