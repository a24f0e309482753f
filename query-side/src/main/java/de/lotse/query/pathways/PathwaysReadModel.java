package de.lotse.query.pathways;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The pathway analytics as a read model that can be rebuilt. */
@Configuration(proxyBeanMethods = false)
class PathwaysReadModel {

    @Bean
    ReadModel rebuildablePathways(JsonMapper json) {
        return new ReadModel(
                "pathways",
                List.of("pathway_participant", "pathway_version", "pathway_referral"),
                jdbc -> new PathwayProjection(new Pathways(jdbc, json), new PathwayReferrals(jdbc)));
    }
}
