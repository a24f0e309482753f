package de.lotse.app;

import de.lotse.platform.testing.TestDatabase;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What every test of the whole application starts it with: a fresh embedded database and fixed
 * secrets, so the demo users' password is known and no secret is generated into a data directory.
 * A read model's idle segments store their position every 200 ms instead of Axon's five seconds,
 * so that a test waiting for every read model to stand at the head waits for the events, not the
 * claim extension; and a deadline set in the past (an offer whose answer was due yesterday) fires
 * within a second instead of ten.
 * It takes precedence over {@code application.properties}, which reads the password from the
 * environment. A test that starts Lotse on a database it prepared itself names that database.
 */
final class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PASSWORD = "test-secret";

    private final Supplier<String> databaseUrl;

    TestEnvironment() {
        this.databaseUrl = TestDatabase::freshUrl;
    }

    TestEnvironment(String databaseUrl) {
        this.databaseUrl = () -> databaseUrl;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "lotseTestEnvironment", Map.<String, Object>copyOf(settings(databaseUrl.get()))));
    }

    /** The settings as property names and values, also for a Lotse started as a process of its own. */
    static Map<String, String> settings(String databaseUrl) {
        return Map.of(
                "spring.datasource.url", databaseUrl,
                "spring.datasource.username", "postgres",
                "lotse.demo-password", PASSWORD,
                "lotse.intake.hash-secret", "test-hash-secret",
                "lotse.master-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "lotse.export.pseudonym-secret", "test-pseudonym-secret",
                "lotse.projections.claim-extension", "200ms",
                "lotse.deadlines.misfire-threshold", "1s");
    }
}
