package de.lotse.query.esf;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ESF facts and the versions of each participant's standing as a read model that can be
 * rebuilt from the first event while reports go on. The rebuild only writes, so its table class of
 * the facts needs no transaction of its own for reading. Public for the rebuild's test.
 */
@Configuration(proxyBeanMethods = false)
public class EsfFactsReadModel {

    @Bean
    public ReadModel rebuildableEsfFacts(JsonMapper json) {
        return new ReadModel(
                "esf-facts",
                List.of("esf_fact", "esf_participant", "esf_version"),
                jdbc -> new EsfFactsProjection(
                        new EsfFacts(jdbc, TransactionOperations.withoutTransaction()), new EsfVersions(jdbc, json)));
    }
}
