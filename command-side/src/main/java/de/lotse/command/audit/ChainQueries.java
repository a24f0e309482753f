package de.lotse.command.audit;

import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import de.lotse.api.audit.ChainVerdict;
import de.lotse.api.audit.FindChainVerdict;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the auditor's chain check on the side that keeps the chain, whichever store holds the events. */
@Component
class ChainQueries {

    private final ChainCheck verifier;

    ChainQueries(ChainCheck verifier) {
        this.verifier = verifier;
    }

    @QueryHandler
    ChainVerdict handle(FindChainVerdict query) {
        if (!query.caller().may(Permission.AUDIT)) {
            var refusal = Refusal.roleNotAllowed("checking the hash chains");
            throw new QueryExecutionException(refusal.detail(), null, refusal);
        }
        return verifier.verify();
    }
}
