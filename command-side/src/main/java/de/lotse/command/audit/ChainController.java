package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import de.lotse.platform.security.CurrentCaller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: is every participant's trail as it was written? (AUDITOR, ADMIN) */
@RestController
@ConditionalOnJdbcEventStore
class ChainController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ChainController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/api/audit/verify")
    ChainVerdict verify() {
        return queries.query(new FindChainVerdict(currentCaller.get()), ChainVerdict.class)
                .join();
    }
}
