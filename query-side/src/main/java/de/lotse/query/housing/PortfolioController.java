package de.lotse.query.housing;

import de.lotse.api.housing.FindOccupancyRights;
import de.lotse.api.housing.FindProperties;
import de.lotse.api.housing.FindRenovation;
import de.lotse.api.housing.FindRenovations;
import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.PropertySummary;
import de.lotse.api.housing.RenovationDetail;
import de.lotse.api.housing.RenovationId;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio's properties, its renovations and the occupancy-rights register. */
@RestController
@Tag(name = "Housing")
class PortfolioController {

    /** A register looks at most a hundred years ahead; no right runs longer. */
    private static final int MAX_DAYS = 36_500;

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    PortfolioController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getOccupancyRights",
            summary = "List the occupancy-rights register",
            description = "Every right not expired today, or with `expiringWithinDays` those ending within that"
                    + " many days; the soonest to expire first.")
    @GetMapping("/api/housing/occupancy-rights")
    List<OccupancyRightEntry> occupancyRights(
            @RequestParam(required = false) @Min(0) @Max(MAX_DAYS) @Nullable Integer expiringWithinDays) {
        var query = new FindOccupancyRights(currentCaller.get(), expiringWithinDays);
        return queries.query(query, ResponseTypes.multipleInstancesOf(OccupancyRightEntry.class))
                .join();
    }

    @Operation(
            operationId = "getHousingProperties",
            summary = "List the properties",
            description = "Every property of the portfolio with its holding and number of units, by district and"
                    + " address.")
    @GetMapping("/api/housing/properties")
    List<PropertySummary> properties() {
        return queries.query(
                        new FindProperties(currentCaller.get()),
                        ResponseTypes.multipleInstancesOf(PropertySummary.class))
                .join();
    }

    @Operation(
            operationId = "getRenovations",
            summary = "List the renovations",
            description = "Of one property or of all, the latest started first, each with its units and workers.")
    @GetMapping("/api/housing/renovations")
    List<RenovationDetail> renovations(@RequestParam(required = false) @Nullable UUID propertyId) {
        var query = new FindRenovations(currentCaller.get(), propertyId == null ? null : new PropertyId(propertyId));
        return queries.query(query, ResponseTypes.multipleInstancesOf(RenovationDetail.class))
                .join();
    }

    @Operation(
            operationId = "getRenovation",
            summary = "Read a renovation",
            description = "Its units, dates and the participants who work on it; a worker's name only for callers"
                    + " who may read that participant.")
    @ApiResponse(responseCode = "404", description = "No such renovation.")
    @GetMapping("/api/housing/renovations/{id}")
    RenovationDetail renovation(@PathVariable UUID id) {
        var query = new FindRenovation(currentCaller.get(), new RenovationId(id));
        return queries.query(query, ResponseTypes.instanceOf(RenovationDetail.class))
                .join();
    }
}
