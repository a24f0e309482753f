package de.lotse.query.housing;

import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.HousingReport;
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
 * The housing report. {@code from} and {@code to} are ISO dates, {@code asOf} an ISO instant, each
 * optional; a period that ends before it starts is refused, naming {@code from}.
 */
@RestController
@Tag(name = "Reports")
class HousingReportController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    HousingReportController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getHousingReport",
            summary = "Report the housing figures",
            description = "Portfolio, renovation, occupancy rights, offers, placements and sustainment of a period;"
                    + " `asOf` gives the report as it stood at that instant.")
    @GetMapping(path = "/api/reports/housing", produces = MediaType.APPLICATION_JSON_VALUE)
    HousingReport report(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Instant asOf) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameter("from", "must not be after to");
        }
        var query = new FindHousingReport(currentCaller.get(), from, to, asOf);
        return queries.query(query, ResponseTypes.instanceOf(HousingReport.class))
                .join();
    }
}
