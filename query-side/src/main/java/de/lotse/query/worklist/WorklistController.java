package de.lotse.query.worklist;

import de.lotse.api.worklist.FindWorklist;
import de.lotse.api.worklist.WorklistKind;
import de.lotse.api.worklist.WorklistPage;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worklist, paged like the caseload (see there why the page constraints need no {@code @Validated}). */
@RestController
@Tag(name = "Worklist")
class WorklistController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    WorklistController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getWorklist",
            summary = "List what is due",
            description = "Follow-ups, open referrals, offers awaiting an answer, tenancy checks and participants"
                    + " without a step, earliest due date first, with the number of items of each kind."
                    + " A coach sees only the own participants' items.")
    @GetMapping("/api/worklist")
    WorklistPage worklist(
            @RequestParam(required = false) @Nullable String coach,
            @RequestParam(required = false) @Nullable WorklistKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var query = new FindWorklist(currentCaller.get(), coach, kind, page, size);
        return queries.query(query, ResponseTypes.instanceOf(WorklistPage.class))
                .join();
    }
}
