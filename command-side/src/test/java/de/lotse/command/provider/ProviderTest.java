package de.lotse.command.provider;

import static org.hamcrest.Matchers.equalTo;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Refusal;
import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.provider.ProviderListed;
import de.lotse.api.support.ReferralArea;
import de.lotse.command.system.Refused;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProviderTest {

    private static final ProviderId ID = ProviderId.of("3a7e0c52-9d14-4b8f-a6e2-5c1d0b9f8e7a");
    private static final ProviderId OTHER = ProviderId.of("0b6d9c41-8e23-4a7f-b5d1-4c0e9a8f7d6b");
    private static final ListProvider HEALTH_OFFICE = new ListProvider(
            ID,
            "Gesundheitsamt Dortmund",
            Set.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
            "Hövelstraße 8, 44137 Dortmund",
            List.of("de", "ro", "bg"));

    private final ProviderNames names = mock(ProviderNames.class);
    private FixtureConfiguration<Provider> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Provider.class);
        fixture.registerInjectableResource(names);
    }

    @Nested
    class ListProviderInTheDirectory {

        @Test
        void listsAProviderUnderItsName() {
            fixture.givenNoPriorActivity()
                    .when(HEALTH_OFFICE)
                    .expectEvents(new ProviderListed(
                            ID,
                            "Gesundheitsamt Dortmund",
                            Set.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
                            "Hövelstraße 8, 44137 Dortmund",
                            List.of("de", "ro", "bg")));
            verify(names).claim(ID, "Gesundheitsamt Dortmund");
        }

        @Test
        void refusesANameAnotherProviderHolds() {
            doThrow(new Refused(Refusal.providerNameTaken(OTHER))).when(names).claim(ID, "Gesundheitsamt Dortmund");

            fixture.givenNoPriorActivity()
                    .when(HEALTH_OFFICE)
                    .expectException(refusedAs(Refusal.Reason.PROVIDER_NAME_TAKEN))
                    .expectNoEvents();
        }
    }

    private static Matcher<Object> refusedAs(Refusal.Reason reason) {
        return new FeatureMatcher<Object, Refusal.@Nullable Reason>(equalTo(reason), "a refusal", "reason") {
            @Override
            protected Refusal.@Nullable Reason featureValueOf(Object actual) {
                return actual instanceof Refused refused ? refused.refusal().reason() : null;
            }
        };
    }
}
