package de.lotse.command.audit;

import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the auditor's chain check on the side that writes the chain. */
@Component
@ConditionalOnJdbcEventStore
class ChainQueries {

    private final ChainVerifier verifier;

    ChainQueries(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @QueryHandler
    ChainVerdict handle(FindChainVerdict query) {
        return verifier.verify();
    }
}
