package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: is every participant's trail as it was written? (AUDITOR, ADMIN) */
@RestController
@ConditionalOnJdbcEventStore
class ChainController {

    private final QueryGateway queries;

    ChainController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/verify")
    ChainVerdict verify() {
        return queries.query(new FindChainVerdict(), ChainVerdict.class).join();
    }
}
