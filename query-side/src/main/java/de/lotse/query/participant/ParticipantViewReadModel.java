package de.lotse.query.participant;

import de.lotse.query.operations.ReadModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The participant views as a read model that can be rebuilt. Public for the rebuild's own tests. */
@Configuration(proxyBeanMethods = false)
public class ParticipantViewReadModel {

    @Bean
    public ReadModel rebuildableParticipantViews(JsonMapper json) {
        return new ReadModel(
                "participant-view",
                List.of("participant_view"),
                jdbc -> new ParticipantViewProjection(new ParticipantViews(jdbc, json), json));
    }
}
