package de.lotse.command.intake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.HmacSha256;
import de.lotse.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class IntakeRegisterTest {

    private static final ParticipantId FIRST = ParticipantId.of("11111111-1111-4111-8111-111111111111");
    private static final ParticipantId SECOND = ParticipantId.of("22222222-2222-4222-8222-222222222222");
    private static final PersonalDetails ELENA =
            new PersonalDetails("Elena", "Popescu", LocalDate.of(1991, 3, 2), "44147");
    private static final PersonalDetails IOANA =
            new PersonalDetails("Ioana", "Popescu", LocalDate.of(1993, 7, 12), "44147");

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final IntakeRegister register = new IntakeRegister(jdbc, new IntakeProperties("test-secret"));

    @BeforeEach
    void migrate() {
        SideMigrations.migrate(dataSource, "command");
    }

    @Test
    void claimsAKeyNobodyHolds() {
        assertThat(register.claim(FIRST, ELENA)).isEmpty();
        assertThat(owners()).containsExactly(FIRST.value());
    }

    @Test
    void remembersWhoseCaseloadTheParticipantIsIn() {
        register.claim(FIRST, ELENA);
        assertThat(register.coachOf(FIRST)).isEmpty();

        register.assign(FIRST, "coach1");
        register.assign(FIRST, "coach2");

        assertThat(register.coachOf(FIRST)).contains("coach2");
    }

    @Test
    void namesTheParticipantWhoHoldsTheKeyAlready() {
        register.claim(FIRST, ELENA);

        assertThat(register.claim(SECOND, ELENA)).contains(FIRST);
        assertThat(owners()).containsExactly(FIRST.value());
    }

    @Test
    void findsTheSamePersonDespiteSpacingCaseAndUnicodeForm() {
        register.claim(FIRST, new PersonalDetails("José Maria", "Müller", LocalDate.of(1980, 1, 1), "44147"));
        var variant =
                new PersonalDetails("  JOSE\u0301\u00A0 maria ", "MU\u0308LLER", LocalDate.of(1980, 1, 1), " 44147");

        assertThat(register.claim(SECOND, variant)).contains(FIRST);
    }

    @Test
    void tellsDifferentPeopleApart() {
        register.claim(FIRST, ELENA);

        assertThat(register.claim(SECOND, IOANA)).isEmpty();
        assertThat(owners()).containsExactlyInAnyOrder(FIRST.value(), SECOND.value());
    }

    @Test
    void movesAParticipantToTheCorrectedKeyAndFreesTheOldOne() {
        register.claim(FIRST, ELENA);

        assertThat(register.rekey(FIRST, IOANA)).isEmpty();
        assertThat(register.claim(SECOND, ELENA)).isEmpty();
        assertThat(register.claim(SECOND, IOANA)).contains(FIRST);
    }

    @Test
    void namesTheHolderOfACorrectedKeyAndKeepsTheOldKeyWhenTheCorrectionRollsBack() {
        register.claim(FIRST, ELENA);
        register.claim(SECOND, IOANA);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    assertThat(register.rekey(SECOND, ELENA)).contains(FIRST);
                    throw new IllegalStateException("the participant refuses the correction");
                }))
                .hasMessageContaining("refuses");
        assertThat(register.claim(FIRST, IOANA)).contains(SECOND);
    }

    @Test
    void storesOnlyAKeyedHashNeverThePlainData() {
        register.claim(FIRST, ELENA);

        var keys = jdbc.sql("SELECT intake_key FROM intake_register")
                .query(String.class)
                .list();
        assertThat(keys)
                .singleElement()
                .satisfies(key -> assertThat(key)
                        .matches("[0-9a-f]{64}")
                        .doesNotContainIgnoringCase("elena")
                        .doesNotContainIgnoringCase("popescu")
                        .doesNotContain("44147")
                        .doesNotContain("1991"));
    }

    @Test
    void derivesAnotherKeyFromAnotherSecret() {
        var ours = IntakeKey.of(ELENA, HmacSha256.key("test-secret"));
        var theirs = IntakeKey.of(ELENA, HmacSha256.key("another-secret"));

        assertThat(ours).isNotEqualTo(theirs);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentClaimsWin() throws Exception {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var firstInserted = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var first = executor.submit(() -> transactions.execute(status -> {
                var result = register.claim(FIRST, ELENA);
                firstInserted.countDown();
                awaitUninterruptibly(firstMayCommit);
                return result;
            }));
            assertThat(firstInserted.await(10, SECONDS)).isTrue();
            var second = executor.submit(() -> transactions.execute(status -> register.claim(SECOND, ELENA)));
            await().atMost(Duration.ofSeconds(10)).until(() -> transactionsWaitingForALock() == 1);
            firstMayCommit.countDown();

            assertThat(first.get(10, SECONDS)).isEqualTo(Optional.empty());
            assertThat(second.get(10, SECONDS)).isEqualTo(Optional.of(FIRST));
            assertThat(owners()).containsExactly(FIRST.value());
        } finally {
            executor.shutdownNow();
        }
    }

    private List<UUID> owners() {
        return jdbc.sql("SELECT participant_id FROM intake_register")
                .query(UUID.class)
                .list();
    }

    private int transactionsWaitingForALock() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
