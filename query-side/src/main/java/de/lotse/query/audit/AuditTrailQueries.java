package de.lotse.query.audit;

import static de.lotse.api.access.Permission.AUDIT;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.audit.AuditTrailPage;
import de.lotse.api.audit.FindAuditTrail;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for the global trail, to auditors and admins only. It lists no personal data, so there
 * is nothing more to filter by caller.
 */
@Component
class AuditTrailQueries {

    private final AuditTrail trail;

    AuditTrailQueries(AuditTrail trail) {
        this.trail = trail;
    }

    @QueryHandler
    AuditTrailPage handle(FindAuditTrail query) {
        require(query.caller(), AUDIT, "reading the audit trail");
        return new AuditTrailPage(trail.page(query), trail.count(query));
    }
}
