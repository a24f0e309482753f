package de.lotse.query;

import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.ProblemSecurityHandlers;
import de.lotse.platform.security.SecurityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The query side on its own (split mode): projections, reports and read endpoints. Start several
 * on one PostgreSQL and they share the tracking segments through the token store. Its optional
 * settings file is {@code query-side.properties}. The explicit import of the platform's security
 * is what the controller slice tests, which start from here, need; the scan finds it anyway.
 */
@SpringBootApplication(scanBasePackages = {"de.lotse.query", "de.lotse.platform"})
@Import({SecurityConfiguration.class, ProblemSecurityHandlers.class, CurrentCaller.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }
}
