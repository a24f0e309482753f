package de.lotse.query.worklist;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The worklist as a read model that can be rebuilt; its rules hold no state, so the rebuild shares them. */
@Configuration(proxyBeanMethods = false)
class WorklistReadModel {

    @Bean
    ReadModel rebuildableWorklist(List<WorklistRule> rules) {
        return new ReadModel(
                "worklist",
                List.of("worklist_case", "worklist_item"),
                jdbc -> new WorklistProjection(new Worklist(jdbc), rules));
    }
}
