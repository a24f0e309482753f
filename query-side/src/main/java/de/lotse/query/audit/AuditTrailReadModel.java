package de.lotse.query.audit;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The global audit trail as a read model that can be rebuilt while auditors keep reading it. */
@Configuration(proxyBeanMethods = false)
class AuditTrailReadModel {

    @Bean
    ReadModel rebuildableAuditTrail() {
        return new ReadModel(
                "audit-trail", List.of("audit_trail"), jdbc -> new AuditTrailProjection(new AuditTrail(jdbc)));
    }
}
