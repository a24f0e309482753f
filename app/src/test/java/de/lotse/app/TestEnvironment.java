package de.lotse.app;

import de.lotse.platform.testing.TestDatabase;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What every test of the whole application starts it with: a fresh embedded database and fixed
 * secrets, so the demo users' password is known and no secret is generated into a data directory.
 * It takes precedence over {@code application.properties}, which reads the password from the
 * environment.
 */
final class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PASSWORD = "test-secret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "lotseTestEnvironment",
                        Map.of(
                                "spring.datasource.url", TestDatabase.freshUrl(),
                                "spring.datasource.username", "postgres",
                                "lotse.demo-password", PASSWORD,
                                "lotse.intake.hash-secret", "test-hash-secret",
                                "lotse.master-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                                "lotse.export.pseudonym-secret", "test-pseudonym-secret")));
    }
}
