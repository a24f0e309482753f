package de.lotse.app.browser;

import de.lotse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port and a fresh embedded PostgreSQL, shared by every browser
 * test class (they declare nothing of their own, so Spring's context cache hands each the same
 * one), and one browser per class; none of it starts where Chromium is not installed.
 */
@ExtendWith(ChromiumInstalled.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lotse.demo-password=" + Browser.PASSWORD, "lotse.intake.hash-secret=browser-hash-secret"})
abstract class BrowserTestSupport {

    static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::freshUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void pointBrowserAtTheApplication() {
        browser.on(port);
    }
}
