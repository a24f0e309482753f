package de.lotse.platform.settings;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every Lotse process needs, at the lowest precedence so that any properties file,
 * profile or environment variable overrides them. Keeping them here means the all-in-one and the
 * two split-mode launchers cannot drift apart, and no launcher needs a properties file to work.
 */
class LotseDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // Records break XStream; Jackson 3 is Boot 4's JSON library.
            Map.entry("axon.serializer.general", "jackson3"),
            Map.entry("axon.serializer.events", "jackson3"),
            Map.entry("axon.serializer.messages", "jackson3"),
            // PostgreSQL is the event store unless the axonserver profile says otherwise.
            Map.entry("axon.axonserver.enabled", "false"),
            // Axon times every event handler call by default (a task per call, its name formatted and
            // the caller's stack read: 4 % of a projection's catch-up in the profile of bench/), to
            // warn after 10 s and interrupt after 30 s. A projection's call takes milliseconds; its
            // batch keeps the transaction timeout (axon.timeout.transaction.event-processors).
            Map.entry("axon.timeout.handler.events.timeout-ms", "-1"),
            Map.entry("axon.timeout.handler.events.warning-threshold-ms", "-1"),
            // The same for query handlers: every read over HTTP read the caller's stack twice, once
            // for the handler and once for the query bus's unit of work, which keeps its timeout
            // (axon.timeout.transaction.query-bus; -1 there would time every query out at once).
            // GET /api/caseload cost the server 0.56-0.58 ms of CPU instead of 0.60-0.61 ms (8
            // clients, two runs each, 2026-12-02-ceilings.md in bench/results).
            Map.entry("axon.timeout.handler.queries.timeout-ms", "-1"),
            Map.entry("axon.timeout.handler.queries.warning-threshold-ms", "-1"),
            // Each side runs its own migrations under its own history table (SideMigrations).
            Map.entry("spring.flyway.enabled", "false"),
            // In the all-in-one each of the 18 segments (8 read models and the housing processes, 2
            // segments each; 36 in a token store made before there were 2) holds a connection while
            // it applies a batch, a rebuild holds its workers' connections, and requests need theirs.
            Map.entry("spring.datasource.hikari.maximum-pool-size", "48"),
            // Without PostgreSQL a request waits this long for a connection and is then answered
            // 503 (DatabaseOutage), rather than hanging for Hikari's default of 30 s.
            Map.entry("spring.datasource.hikari.connection-timeout", "2500"),
            Map.entry("spring.datasource.hikari.validation-timeout", "1000"),
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            // The web UI's own files are served under /assets/ (from classpath:/static/), not from
            // every path: the UI rewrites each link of a page that a static path could serve (the
            // webjars' versions go into their links), and with Boot's /** that was every link, each
            // looked up in four classpath locations across every jar of the application and not
            // found. A caseload page cost 10.5-11.0 ms of the server's CPU that way and costs
            // 6.2-6.7 ms now (one client, 1,500 pages, two runs each; bench/results).
            Map.entry("spring.mvc.static-path-pattern", "/assets/**"),
            // A page links each of those files with a hash of its content in the name, so a browser
            // keeps them for a year and asks again only when a new version changed them; without it
            // Spring Security answered them "no-store" like the pages (which keep it: they carry
            // personal data), and every page a coach opened fetched the style sheet and scripts anew.
            Map.entry("spring.web.resources.chain.strategy.content.enabled", "true"),
            Map.entry("spring.web.resources.cache.cachecontrol.max-age", "365d"),
            // A session id travels in its cookie only, never in a link or a redirect's URL.
            Map.entry("server.servlet.session.tracking-modes", "cookie"),
            Map.entry("spring.jpa.open-in-view", "false"),
            Map.entry("management.endpoints.web.exposure.include", "health,prometheus"),
            // Spring MVC would publish an application event after every request, which nothing here
            // listens to (the request's observation, http.server.requests, times it).
            Map.entry("spring.mvc.publish-request-handled-events", "false"),
            Map.entry("springdoc.swagger-ui.path", "/swagger-ui.html"),
            // The OpenAPI document describes the API; the web UI's pages are no part of it.
            Map.entry("springdoc.paths-to-match", "/api/**"),
            // Without it the document offers every JSON answer as */*.
            Map.entry("springdoc.default-produces-media-type", "application/json"));

    /** The profile in which Axon Server carries commands, events and queries (AXON_AXONSERVER_SERVERS). */
    static final String AXON_SERVER_PROFILE = "axonserver";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var defaults = new HashMap<>(DEFAULTS);
        if (environment.matchesProfiles(AXON_SERVER_PROFILE)) {
            defaults.put("axon.axonserver.enabled", "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource("lotseDefaults", defaults));
    }
}
