package de.lotse.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class IdempotencyKeyFilterTest {

    private static final String KEY = "3f0b7c52-intake";
    private static final String BODY = "{\"lastName\": \"Popescu\"}";

    private final MovableClock clock = new MovableClock();
    private final JdbcClient jdbc = JdbcClient.create(migrated());
    private final IdempotentRequests requests =
            new IdempotentRequests(jdbc, clock, new HttpProperties(DataSize.ofMegabytes(1), Duration.ofHours(24)));
    private final IdempotencyKeyFilter filter = new IdempotencyKeyFilter(
            requests, new FilterProblems(JsonMapper.builder().build()));
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void signIn() {
        signInAs("coach1");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersARepeatWithTheFirstAnswerWithoutRunningItAgain() throws Exception {
        var first = send(KEY, BODY, answering(201));
        var repeat = send(KEY, BODY, answering(201));

        assertThat(runs).hasValue(1);
        assertThat(repeat.getStatus()).isEqualTo(201);
        assertThat(repeat.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(repeat.getContentType()).isEqualTo("application/json");
        assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString());
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() throws Exception {
        send(KEY, BODY, answering(201));

        var reused = send(KEY, BODY.replace("Popescu", "Marin"), answering(201));

        assertThat(runs).hasValue(1);
        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(reused.getContentType()).isEqualTo("application/problem+json");
        assertThat(reused.getContentAsString()).contains("urn:lotse:problem:idempotency-key-reused");
    }

    @Test
    void answersARepeatWhileTheFirstStillRunsWithInProgress() throws Exception {
        var release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            runs.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ((HttpServletResponse) response).setStatus(204);
        };
        var first = CompletableFuture.supplyAsync(() -> sendAs("coach1", slow));
        await().until(() -> runs.get() == 1);

        var repeat = send(KEY, BODY, answering(204));
        release.countDown();

        assertThat(repeat.getStatus()).isEqualTo(409);
        assertThat(repeat.getHeader("Retry-After")).isNotNull();
        assertThat(repeat.getContentAsString()).contains("urn:lotse:problem:idempotency-key-in-progress");
        assertThat(first.get().getStatus()).isEqualTo(204);
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsARepeatAgainAfterAServerErrorOrAConflict() throws Exception {
        send(KEY, BODY, answering(503));
        send(KEY, BODY, answering(409));

        var repeat = send(KEY, BODY, answering(201));

        assertThat(runs).hasValue(3);
        assertThat(repeat.getStatus()).isEqualTo(201);
    }

    @Test
    void keepsAnAnswerThatARepeatWouldMeetAgain() throws Exception {
        send(KEY, BODY, answering(400));

        var repeat = send(KEY, BODY, answering(201));

        assertThat(runs).hasValue(1);
        assertThat(repeat.getStatus()).isEqualTo(400);
    }

    @Test
    void keepsEachUsersKeysApart() throws Exception {
        send(KEY, BODY, answering(201));
        signInAs("coach2");

        send(KEY, BODY, answering(201));

        assertThat(runs).hasValue(2);
    }

    @Test
    void startsAfreshOnceTheKeyHasExpiredAndPurgesIt() throws Exception {
        send(KEY, BODY, answering(201));
        clock.advance(Duration.ofHours(25));

        send(KEY, BODY.replace("Popescu", "Marin"), answering(201));
        assertThat(runs).hasValue(2);

        clock.advance(Duration.ofHours(25));
        requests.purgeExpired();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_request")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void takesOverAClaimWhoseRequestNeverGotAnAnswer() throws Exception {
        assertThat(requests.claim("coach1", KEY, "abandoned")).isEmpty();
        clock.advance(IdempotentRequests.ABANDONED_AFTER.plusSeconds(1));

        var retry = send(KEY, BODY, answering(201));

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(runs).hasValue(1);
    }

    @Test
    void refusesAKeyThatIsNotVisibleAscii() throws Exception {
        var refused = send("two words", BODY, answering(201));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Idempotency-Key");
        assertThat(runs).hasValue(0);
    }

    @Test
    void leavesARequestWithoutAKeyAlone() throws Exception {
        send(null, BODY, answering(201));
        send(null, BODY, answering(201));

        assertThat(runs).hasValue(2);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_request")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private FilterChain answering(int status) {
        return (request, response) -> {
            var id = runs.incrementAndGet();
            var http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setHeader("Location", "/api/participants/" + id);
            http.setContentType("application/json");
            http.getOutputStream().write(("{\"id\": " + id + "}").getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse sendAs(String user, FilterChain chain) {
        signInAs(user);
        try {
            return send(KEY, BODY, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse send(String key, String body, FilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/participants");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        if (key != null) {
            request.addHeader(IdempotencyKeyFilter.HEADER, key);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static void signInAs(String user) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private static javax.sql.DataSource migrated() {
        var database = TestDatabase.fresh();
        SideMigrations.migrate(database, "command");
        return database;
    }

    /** A clock the test moves forward, to let keys expire and claims be abandoned. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
