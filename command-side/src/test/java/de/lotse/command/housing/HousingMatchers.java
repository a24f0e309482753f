package de.lotse.command.housing;

import static org.hamcrest.Matchers.equalTo;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.HousingRule;
import de.lotse.command.system.Refused;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.jspecify.annotations.Nullable;

/** What a refused housing command is expected to have thrown, for the fixture tests. */
public final class HousingMatchers {

    private HousingMatchers() {}

    public static Matcher<Object> violates(HousingRule rule) {
        return new FeatureMatcher<Object, @Nullable HousingRule>(equalTo(rule), "a violation of", "rule") {
            @Override
            protected @Nullable HousingRule featureValueOf(Object actual) {
                return actual instanceof HousingRuleViolation violation ? violation.rule() : null;
            }
        };
    }

    public static Matcher<Object> refusedAs(Refusal.Reason reason) {
        return new FeatureMatcher<Object, Refusal.@Nullable Reason>(equalTo(reason), "a refusal", "reason") {
            @Override
            protected Refusal.@Nullable Reason featureValueOf(Object actual) {
                return actual instanceof Refused refused ? refused.refusal().reason() : null;
            }
        };
    }
}
