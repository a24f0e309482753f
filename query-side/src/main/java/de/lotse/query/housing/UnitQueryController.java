package de.lotse.query.housing;

import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.FindUnitHistory;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitHistory;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
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

/** The housing units: the list, a unit's page and its event trail. */
@RestController
@Tag(name = "Housing")
class UnitQueryController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    UnitQueryController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getHousingUnits",
            summary = "List the housing units",
            description = "Filtered by status today, district or property, a page at a time, by address and label.")
    @GetMapping("/api/housing/units")
    UnitPage units(
            @RequestParam(required = false) @Nullable UnitStatus status,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable UUID propertyId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var property = propertyId == null ? null : new PropertyId(propertyId);
        var query = new FindUnits(currentCaller.get(), status, district, property, page, size);
        return queries.query(query, ResponseTypes.instanceOf(UnitPage.class)).join();
    }

    @Operation(
            operationId = "getHousingUnit",
            summary = "Read a housing unit",
            description = "The unit with its status today, occupancy rights, renovations, vacancies, offers and"
                    + " tenancies. A participant's name only for callers who may read that participant.")
    @ApiResponse(responseCode = "404", description = "No such unit.")
    @GetMapping("/api/housing/units/{id}")
    UnitDetail unit(@PathVariable UUID id) {
        var query = new FindUnit(currentCaller.get(), new UnitId(id));
        return queries.query(query, ResponseTypes.instanceOf(UnitDetail.class)).join();
    }

    @Operation(
            operationId = "getHousingUnitHistory",
            summary = "Read a housing unit's event history",
            description = "Every event of the unit in order, with who recorded it and its hash, shaped like a"
                    + " participant's history.")
    @ApiResponse(responseCode = "404", description = "No such unit.")
    @GetMapping("/api/housing/units/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        var query = new FindUnitHistory(currentCaller.get(), new UnitId(id));
        return queries.query(query, ResponseTypes.instanceOf(UnitHistory.class))
                .join()
                .entries();
    }
}
