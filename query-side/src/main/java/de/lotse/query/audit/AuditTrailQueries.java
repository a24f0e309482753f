package de.lotse.query.audit;

import de.lotse.api.audit.AuditTrailPage;
import de.lotse.api.audit.FindAuditTrail;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers for the global trail. Only auditors and admins reach it (the role table keeps everyone
 * else out at the door), and it lists no personal data, so there is nothing to filter by caller.
 */
@Component
class AuditTrailQueries {

    private final AuditTrail trail;

    AuditTrailQueries(AuditTrail trail) {
        this.trail = trail;
    }

    @QueryHandler
    AuditTrailPage handle(FindAuditTrail query) {
        return new AuditTrailPage(trail.page(query), trail.count(query));
    }
}
