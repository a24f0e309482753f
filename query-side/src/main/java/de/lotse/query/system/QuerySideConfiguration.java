package de.lotse.query.system;

import de.lotse.platform.persistence.SideMigrations;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;

/**
 * The query side's schema and event processors. The read models' tables and the token
 * table come from the side's own migrations under {@code db/query}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    static final int SEGMENTS = 4;

    @Bean
    Flyway querySideMigrations(DataSource dataSource) {
        return SideMigrations.migrate(dataSource, "query");
    }

    /**
     * Every read model runs in a pooled streaming processor of its own, named after its processing
     * group, whose stream is split into segments. Each query-side instance claims segments through
     * the shared token store, so several instances share the work and take over a crashed one's
     * segments, while all events of one participant stay in one segment and keep their order. It is
     * the default for every processing group, so a new read model needs no entry here.
     */
    @Bean
    ConfigurerModule readModelProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder.initialSegmentCount(SEGMENTS)));
    }
}
