package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Role;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account a signed-in person's requests look at is read once and then kept, until any account
 * or token changes, here or in another process on the same database.
 */
class AccountsTest {

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final AccountChanges changes = new AccountChanges(dataSource);
    private final Accounts accounts = spy(new Accounts(jdbc, changes));

    @BeforeEach
    void aCoach() {
        SideMigrations.migrate(dataSource, "command");
        accounts.open(
                new StoredAccount("anna", "Anna", Set.of(Role.COACH), true, "{noop}unused", false, null),
                Instant.parse("2026-12-01T09:00:00Z"));
        changes.start();
        await().until(changes::listening);
        clearInvocations(accounts);
    }

    @AfterEach
    void stopListening() {
        changes.stop();
    }

    @Test
    void readsAnAccountOnceAndServesItAsKept() {
        for (var request = 0; request < 5; request++) {
            assertThat(accounts.isEnabledCoach("anna")).isTrue();
            assertThat(accounts.current("anna"))
                    .hasValueSatisfying(account -> assertThat(account.roles()).containsExactly(Role.COACH));
        }

        verify(accounts, times(1)).find("anna");
    }

    @Test
    void anAccountDisabledHereIsSeenDisabledWithTheNextRequest() {
        assertThat(accounts.isEnabledCoach("anna")).isTrue();

        new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> accounts.changeEnabled("anna", false));

        assertThat(accounts.isEnabledCoach("anna"))
                .as("read again right after the commit, before any notification could have come")
                .isFalse();
    }

    @Test
    void rolesChangedByAnotherProcessApplyAsSoonAsItsNotificationArrives() {
        assertThat(accounts.current("anna").orElseThrow().roles()).containsExactly(Role.COACH);

        // another process: its own connection, its own commit; only the trigger's notification tells
        jdbc.sql("UPDATE account SET roles = 'EVALUATOR' WHERE username = 'anna'")
                .update();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(accounts.current("anna").orElseThrow().roles())
                                .containsExactly(Role.EVALUATOR));
        assertThat(accounts.isEnabledCoach("anna")).isFalse();
    }

    @Test
    void anUnknownNameIsAskedAgainEveryTimeSoThatAnAccountOpenedLaterIsFound() {
        assertThat(accounts.current("ben")).isEmpty();

        accounts.open(
                new StoredAccount("ben", "Ben", Set.of(Role.COACH), true, "{noop}unused", false, null),
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(accounts.current("ben")).isPresent();
    }
}
