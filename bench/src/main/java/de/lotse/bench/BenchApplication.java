package de.lotse.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Lotse in one JVM as the all-in-one launcher runs it (command side, query side, platform), on the
 * benchmark's own embedded PostgreSQL, without the web UI. Other launchers are left out of the scan.
 */
@SpringBootApplication
@ComponentScan(
        basePackages = {"de.lotse.platform", "de.lotse.command", "de.lotse.query", "de.lotse.bench"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class))
class BenchApplication {

    static ConfigurableApplicationContext start(EmbeddedPostgres postgres, Secrets secrets, List<String> settings) {
        var arguments = new ArrayList<>(secrets.arguments(postgres.getJdbcUrl("postgres", "postgres")));
        arguments.addAll(settings);
        arguments.addAll(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.de.lotse=INFO"));
        return new SpringApplicationBuilder(BenchApplication.class).run(arguments.toArray(String[]::new));
    }
}
