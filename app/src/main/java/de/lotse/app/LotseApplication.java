package de.lotse.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Lotse in one JVM: the command side, the query side and the web UI, sharing one PostgreSQL,
 * which is an embedded one kept in the data directory unless {@code SPRING_DATASOURCE_URL} names
 * another. The split-mode launchers of the two sides are left out of the scan: each is an
 * application of its own; so is what tests exclude (Spring Boot's type exclude filter, which an own
 * {@code @ComponentScan} replaces unless named).
 */
@SpringBootApplication
@ComponentScan(
        basePackages = "de.lotse",
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
public class LotseApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotseApplication.class, args);
    }
}
