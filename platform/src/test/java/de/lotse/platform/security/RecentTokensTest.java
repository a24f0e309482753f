package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Role;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token is read once and then served as kept, until any account or token changes: in this
 * process (at the commit of the change) or in another one on the same database (by PostgreSQL's
 * notification), and nothing is kept while the notifications cannot be heard.
 */
class RecentTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TOKEN = ApiTokens.newToken();
    private static final String HASH = ApiTokens.hashOf(TOKEN);

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final AccountChanges changes = new AccountChanges(dataSource);
    private final Accounts accounts = new Accounts(jdbc, changes);
    private final ApiTokens tokens = spy(new ApiTokens(jdbc, changes));
    private final RecentTokens recent = new RecentTokens(tokens, changes);

    @BeforeEach
    void anAccountWithAToken() {
        SideMigrations.migrate(dataSource, "command");
        accounts.open(
                new StoredAccount("anna", "Anna", Set.of(Role.COACH), true, "{noop}unused", false, null),
                NOW.minus(Duration.ofDays(1)));
        tokens.issue(
                UUID.randomUUID(),
                "anna",
                "script",
                HASH,
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)));
        changes.start();
        await().until(changes::listening);
        clearInvocations(tokens);
    }

    @AfterEach
    void stopListening() {
        changes.stop();
    }

    @Test
    void readsATokenOnceAndServesItAsKept() {
        for (var request = 0; request < 5; request++) {
            assertThat(recent.findActive(HASH, NOW))
                    .hasValueSatisfying(
                            holder -> assertThat(holder.account().username()).isEqualTo("anna"));
        }

        verify(tokens, times(1)).findActive(HASH, NOW);
    }

    @Test
    void aTokenRevokedByAnotherProcessStopsAsSoonAsItsNotificationArrives() {
        assertThat(recent.findActive(HASH, NOW)).isPresent();

        // another process: its own connection, its own commit; only the trigger's notification tells
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_hash = ?")
                .param(HASH)
                .update();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(recent.findActive(HASH, NOW)).isEmpty());
    }

    @Test
    void anAccountDisabledHereStopsItsTokensWithTheNextRequest() {
        assertThat(recent.findActive(HASH, NOW).orElseThrow().account().enabled())
                .isTrue();

        new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> accounts.changeEnabled("anna", false));

        assertThat(recent.findActive(HASH, NOW).orElseThrow().account().enabled())
                .as("read again right after the commit, before any notification could have come")
                .isFalse();
    }

    @Test
    void anExpiredTokenIsNeverServedAsKept() {
        assertThat(recent.findActive(HASH, NOW)).isPresent();

        assertThat(recent.findActive(HASH, NOW.plus(Duration.ofDays(31)))).isEmpty();
    }

    @Test
    void aUseIsWrittenOncePerMinuteThoughTheTokenIsKept() {
        var holder = recent.findActive(HASH, NOW).orElseThrow();
        recent.recordUse(HASH, holder, NOW);
        recent.recordUse(HASH, recent.findActive(HASH, NOW.plusSeconds(10)).orElseThrow(), NOW.plusSeconds(10));
        recent.recordUse(HASH, recent.findActive(HASH, NOW.plusSeconds(70)).orElseThrow(), NOW.plusSeconds(70));

        verify(tokens, times(2)).recordUse(any(), any());
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = ?")
                        .param(HASH)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(NOW.plusSeconds(70));
    }

    @Test
    void aLostConnectionDropsWhatWasKeptAndKeepingStartsAgainOnceItListensAgain() {
        assertThat(recent.findActive(HASH, NOW)).isPresent();
        var before = changes.count();

        jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                        + " AND datname = current_database() AND backend_type = 'client backend'")
                .query()
                .listOfRows();

        await().atMost(Duration.ofSeconds(15)).until(() -> changes.count() > before);
        await().atMost(Duration.ofSeconds(15)).until(changes::listening);
        clearInvocations(tokens);
        recent.findActive(HASH, NOW);
        recent.findActive(HASH, NOW);
        verify(tokens, times(1)).findActive(HASH, NOW);
    }
}
