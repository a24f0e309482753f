package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: is every participant's trail as it was written? (AUDITOR, ADMIN) */
@RestController
@Tag(name = "Audit")
class ChainController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ChainController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "verifyEventChain",
            summary = "Verify every participant's event chain",
            description =
                    "Auditors and admins. Names each place where a stored event was changed after it was written.")
    @GetMapping("/api/audit/verify")
    ChainVerdict verify() {
        return queries.query(new FindChainVerdict(currentCaller.get()), ChainVerdict.class)
                .join();
    }
}
