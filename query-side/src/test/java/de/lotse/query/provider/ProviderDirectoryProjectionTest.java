package de.lotse.query.provider;

import static de.lotse.query.testing.Events.AUDITOR;
import static de.lotse.query.testing.Events.coach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.provider.ProviderListed;
import de.lotse.api.support.ReferralArea;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class ProviderDirectoryProjectionTest {

    private final ProviderId healthOffice = ProviderId.random();
    private final ProviderId debtAdvice = ProviderId.random();

    private ProviderDirectoryProjection projection;
    private ProviderQueries queries;
    private Providers providers;

    @BeforeEach
    void freshDatabase() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        providers = new Providers(new NamedParameterJdbcTemplate(dataSource));
        projection = new ProviderDirectoryProjection(providers);
        queries = new ProviderQueries(providers);
        projection.on(new ProviderListed(
                healthOffice,
                "Gesundheitsamt Dortmund",
                Set.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
                "Hövelstraße 8, 44137 Dortmund",
                List.of("de", "ro", "bg")));
        projection.on(new ProviderListed(
                debtAdvice, "AWO Schuldnerberatung", Set.of(ReferralArea.DEBT), "Klosterstraße 8", List.of("de")));
    }

    @Test
    void listsEveryProviderByNameWithItsAreasInTheirOrder() {
        assertThat(queries.handle(new FindProviders(coach("coach1"), null)))
                .containsExactly(
                        new ProviderEntry(
                                debtAdvice.toString(),
                                "AWO Schuldnerberatung",
                                List.of(ReferralArea.DEBT),
                                "Klosterstraße 8",
                                List.of("de")),
                        new ProviderEntry(
                                healthOffice.toString(),
                                "Gesundheitsamt Dortmund",
                                List.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
                                "Hövelstraße 8, 44137 Dortmund",
                                List.of("de", "ro", "bg")));
    }

    @Test
    void listsOnlyTheProvidersServingTheAreaAskedFor() {
        assertThat(queries.handle(new FindProviders(AUDITOR, ReferralArea.ADDICTION)))
                .extracting(ProviderEntry::name)
                .containsExactly("Gesundheitsamt Dortmund");
        assertThat(queries.handle(new FindProviders(AUDITOR, ReferralArea.CHILDCARE)))
                .isEmpty();
    }

    @Test
    void appliesARedeliveredListingOnlyOnce() {
        projection.on(new ProviderListed(
                debtAdvice, "AWO Schuldnerberatung", Set.of(ReferralArea.DEBT), "Klosterstraße 8", List.of("de")));

        assertThat(queries.handle(new FindProviders(AUDITOR, ReferralArea.DEBT)))
                .hasSize(1);
    }

    @Test
    void tellsWhichNamesItListsWithoutRegardToCaseAndSpaces() {
        assertThat(providers.listedAmong(
                        List.of("gesundheitsamt   dortmund", "Rechtsanwältin am Markt", "AWO Schuldnerberatung")))
                .containsExactlyInAnyOrder("gesundheitsamt   dortmund", "AWO Schuldnerberatung");
        assertThat(providers.listedAmong(List.of())).isEmpty();
    }

    @Test
    void refusesAnEvaluator() {
        var evaluator = new Caller("evaluator", Set.of(Role.EVALUATOR));

        var refused = catchThrowableOfType(
                QueryExecutionException.class, () -> queries.handle(new FindProviders(evaluator, null)));

        assertThat(refused.<Refusal>getDetails().orElseThrow().reason()).isEqualTo(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    @Test
    void forgetsEveryProviderOnReset() {
        projection.reset();

        assertThat(queries.handle(new FindProviders(AUDITOR, null))).isEmpty();
    }
}
