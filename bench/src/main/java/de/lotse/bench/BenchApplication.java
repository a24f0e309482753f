package de.lotse.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;
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
class BenchApplication {}
