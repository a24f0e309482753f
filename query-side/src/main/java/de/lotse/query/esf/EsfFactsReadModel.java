package de.lotse.query.esf;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The ESF facts as a read model that can be rebuilt from the first event while reports go on. The
 * rebuild only writes, so its table class needs no transaction of its own for reading.
 */
@Configuration(proxyBeanMethods = false)
class EsfFactsReadModel {

    @Bean
    ReadModel rebuildableEsfFacts() {
        return new ReadModel(
                "esf-facts",
                List.of("esf_fact"),
                jdbc -> new EsfFactsProjection(new EsfFacts(jdbc, TransactionOperations.withoutTransaction())));
    }
}
