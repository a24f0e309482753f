package de.lotse.query.caseload;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caseload as a read model that can be rebuilt. Public for the rebuild's own tests. */
@Configuration(proxyBeanMethods = false)
public class CaseloadReadModel {

    @Bean
    public ReadModel rebuildableCaseload() {
        return new ReadModel("caseload", List.of("caseload"), jdbc -> new CaseloadProjection(new Caseload(jdbc)));
    }
}
