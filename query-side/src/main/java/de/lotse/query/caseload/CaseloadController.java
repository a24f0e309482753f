package de.lotse.query.caseload;

import de.lotse.api.caseload.CaseloadPage;
import de.lotse.api.caseload.FindCaseload;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.pathway.Stage;
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

/**
 * The caseload list. The constraints on {@code page} and {@code size} are checked by Spring MVC's
 * own method validation, which reports them as a {@code HandlerMethodValidationException}; a
 * class-level {@code @Validated} would instead validate through a proxy and throw a
 * {@code ConstraintViolationException} that the problem advice does not map.
 */
@RestController
@Tag(name = "Caseload")
class CaseloadController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    CaseloadController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getCaseload",
            summary = "List the caseload",
            description = "Filtered by coach, status, active stage, follow-up due or a search text, a page at a time."
                    + " A coach sees only their own participants.")
    @GetMapping("/api/caseload")
    CaseloadPage caseload(
            @RequestParam(required = false) @Nullable String coach,
            @RequestParam(required = false) @Nullable ParticipantStatus status,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable Boolean followUpDue,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var query = new FindCaseload(currentCaller.get(), coach, status, stage, followUpDue, q, page, size);
        return queries.query(query, ResponseTypes.instanceOf(CaseloadPage.class))
                .join();
    }
}
