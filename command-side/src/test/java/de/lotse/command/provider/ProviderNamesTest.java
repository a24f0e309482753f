package de.lotse.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.access.Refusal;
import de.lotse.api.provider.ProviderId;
import de.lotse.command.system.Refused;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProviderNamesTest {

    private static final ProviderId FIRST = ProviderId.of("11111111-1111-4111-8111-111111111111");
    private static final ProviderId SECOND = ProviderId.of("22222222-2222-4222-8222-222222222222");

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final ProviderNames names = new ProviderNames(jdbc);

    @BeforeEach
    void migrate() {
        SideMigrations.migrate(dataSource, "command");
    }

    @Test
    void claimsANameNobodyHolds() {
        names.claim(FIRST, "Jobcenter Dortmund");

        assertThat(owner("jobcenter dortmund")).isEqualTo(FIRST.value());
    }

    @Test
    void refusesTheSameNameSpelledWithOtherCaseAndSpacesAndNamesItsHolder() {
        names.claim(FIRST, "Jobcenter Dortmund");

        assertThatThrownBy(() -> names.claim(SECOND, "  jobcenter   DORTMUND "))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal().reason()).isEqualTo(Refusal.Reason.PROVIDER_NAME_TAKEN);
                    assertThat(refused.refusal().detail()).contains(FIRST.toString());
                });
        assertThat(owner("jobcenter dortmund")).isEqualTo(FIRST.value());
    }

    @Test
    void letsTheHolderClaimItsNameAgain() {
        names.claim(FIRST, "Schuldnerberatung Nord");
        names.claim(FIRST, "Schuldnerberatung Nord");

        assertThat(owner("schuldnerberatung nord")).isEqualTo(FIRST.value());
    }

    private UUID owner(String key) {
        return jdbc.sql("SELECT provider_id FROM provider_name WHERE name_key = ?")
                .param(key)
                .query(UUID.class)
                .single();
    }
}
