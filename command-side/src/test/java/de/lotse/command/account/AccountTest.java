package de.lotse.command.account;

import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.AccountDisabled;
import de.lotse.api.account.AccountEnabled;
import de.lotse.api.account.AccountOpened;
import de.lotse.api.account.ApiTokenIssued;
import de.lotse.api.account.ApiTokenRevoked;
import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.IssueApiToken;
import de.lotse.api.account.PasswordChanged;
import de.lotse.api.account.PasswordReset;
import de.lotse.api.account.ResetPassword;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.api.account.RolesChanged;
import de.lotse.api.account.Secret;
import de.lotse.command.system.Refused;
import de.lotse.platform.messaging.CallerMetaData;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Map<String, String> ADMIN = CallerMetaData.of(new Caller("root", Set.of(Role.ADMIN)));
    private static final Map<String, String> ANNA = CallerMetaData.of(new Caller("anna", Set.of(Role.COACH)));
    private static final Map<String, String> BEN = CallerMetaData.of(new Caller("ben", Set.of(Role.COACH)));
    private static final Secret PASSWORD = new Secret("correct horse battery");
    private static final UUID TOKEN = UUID.fromString("7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6");
    private static final Instant EXPIRY = Instant.parse("2027-03-01T00:00:00Z");

    private final Credentials credentials = mock(Credentials.class);
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(credentials);
    }

    private static AccountOpened opened(String username, Role... roles) {
        return new AccountOpened(username, "Anna Berg", Set.of(roles));
    }

    private static Matcher<Object> refusedAs(Refusal.Reason reason) {
        return new FeatureMatcher<Object, Refusal.@Nullable Reason>(equalTo(reason), "a refusal", "reason") {
            @Override
            protected Refusal.@Nullable Reason featureValueOf(Object actual) {
                return actual instanceof Refused refused ? refused.refusal().reason() : null;
            }
        };
    }

    @Nested
    class OpenAccount {

        private final de.lotse.api.account.OpenAccount command =
                new de.lotse.api.account.OpenAccount("anna", "Anna Berg", Set.of(Role.COACH), PASSWORD, true);

        @Test
        void opensTheAccountWithItsCredentialsButNoPasswordInTheEvent() {
            fixture.givenNoPriorActivity().when(command, ADMIN).expectEvents(opened("anna", Role.COACH));
            verify(credentials).open(command);
        }

        @Test
        void rejectsAUserNameThatIsTaken() {
            doThrow(new Refused(Refusal.usernameTaken("anna")))
                    .when(credentials)
                    .open(command);
            fixture.givenNoPriorActivity()
                    .when(command, ADMIN)
                    .expectException(refusedAs(Refusal.Reason.USERNAME_TAKEN))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangeRoles {

        @Test
        void recordsTheRolesBeforeAndAfter() {
            fixture.given(opened("anna", Role.COACH))
                    .when(new de.lotse.api.account.ChangeRoles("anna", Set.of(Role.TEAM_LEAD)), ADMIN)
                    .expectEvents(new RolesChanged("anna", Set.of(Role.COACH), Set.of(Role.TEAM_LEAD)));
            verify(credentials).changeRoles("anna", Set.of(Role.TEAM_LEAD));
        }

        @Test
        void recordsNothingWhenTheRolesAreTheSame() {
            fixture.given(opened("anna", Role.COACH))
                    .when(new de.lotse.api.account.ChangeRoles("anna", Set.of(Role.COACH)), ADMIN)
                    .expectNoEvents();
            verifyNoInteractions(credentials);
        }

        @Test
        void rejectsTakingAdminFromTheLastAdministrator() {
            when(credentials.anotherAdminRemainsBesides("root")).thenReturn(false);
            fixture.given(opened("root", Role.ADMIN))
                    .when(new de.lotse.api.account.ChangeRoles("root", Set.of(Role.AUDITOR)), ADMIN)
                    .expectException(refusedAs(Refusal.Reason.LAST_ADMIN))
                    .expectNoEvents();
        }

        @Test
        void takesAdminAwayWhileAnotherAdministratorRemains() {
            when(credentials.anotherAdminRemainsBesides("root")).thenReturn(true);
            fixture.given(opened("root", Role.ADMIN))
                    .when(new de.lotse.api.account.ChangeRoles("root", Set.of(Role.AUDITOR)), ADMIN)
                    .expectEvents(new RolesChanged("root", Set.of(Role.ADMIN), Set.of(Role.AUDITOR)));
        }
    }

    @Nested
    class DisableAndEnable {

        @Test
        void disablesAnAccount() {
            fixture.given(opened("anna", Role.COACH))
                    .when(new DisableAccount("anna"), ADMIN)
                    .expectEvents(new AccountDisabled("anna"));
            verify(credentials).changeEnabled("anna", false);
        }

        @Test
        void rejectsDisablingTheLastAdministrator() {
            when(credentials.anotherAdminRemainsBesides("root")).thenReturn(false);
            fixture.given(opened("root", Role.ADMIN))
                    .when(new DisableAccount("root"), ADMIN)
                    .expectException(refusedAs(Refusal.Reason.LAST_ADMIN))
                    .expectNoEvents();
        }

        @Test
        void recordsNothingForAnAccountDisabledAlready() {
            fixture.given(opened("anna", Role.COACH), new AccountDisabled("anna"))
                    .when(new DisableAccount("anna"), ADMIN)
                    .expectNoEvents();
        }

        @Test
        void enablesADisabledAccount() {
            fixture.given(opened("anna", Role.COACH), new AccountDisabled("anna"))
                    .when(new EnableAccount("anna"), ADMIN)
                    .expectEvents(new AccountEnabled("anna"));
            verify(credentials).changeEnabled("anna", true);
        }
    }

    @Nested
    class PasswordsOfTheAccount {

        @Test
        void resetsThePasswordToAOneTimePassword() {
            var oneTime = new Secret("k3jd8s7fh2ns9dk3jf7d");
            fixture.given(opened("anna", Role.COACH))
                    .when(new ResetPassword("anna", oneTime), ADMIN)
                    .expectEvents(new PasswordReset("anna"));
            verify(credentials).resetPassword("anna", oneTime);
        }

        @Test
        void letsTheHolderChangeTheirPassword() {
            var replacement = new Secret("a much longer new secret");
            fixture.given(opened("anna", Role.COACH))
                    .when(new ChangePassword("anna", PASSWORD, replacement), ANNA)
                    .expectEvents(new PasswordChanged("anna"));
            verify(credentials).changePassword("anna", PASSWORD, replacement);
        }

        @Test
        void rejectsAWrongCurrentPassword() {
            var replacement = new Secret("a much longer new secret");
            doThrow(new Refused(Refusal.wrongPassword()))
                    .when(credentials)
                    .changePassword("anna", PASSWORD, replacement);
            fixture.given(opened("anna", Role.COACH))
                    .when(new ChangePassword("anna", PASSWORD, replacement), ANNA)
                    .expectException(refusedAs(Refusal.Reason.WRONG_PASSWORD))
                    .expectNoEvents();
        }

        @Test
        void rejectsChangingSomeoneElsesPassword() {
            fixture.given(opened("anna", Role.COACH))
                    .when(new ChangePassword("anna", PASSWORD, new Secret("a much longer new secret")), BEN)
                    .expectException(refusedAs(Refusal.Reason.ROLE_NOT_ALLOWED))
                    .expectNoEvents();
            verifyNoInteractions(credentials);
        }
    }

    @Nested
    class Tokens {

        private final IssueApiToken issue = new IssueApiToken("anna", TOKEN, "monthly-export", EXPIRY, "ab".repeat(32));

        @Test
        void issuesATokenToItsHolderWithoutItsHashInTheEvent() {
            fixture.given(opened("anna", Role.COACH))
                    .when(issue, ANNA)
                    .expectEvents(new ApiTokenIssued("anna", TOKEN, "monthly-export", EXPIRY));
            verify(credentials).issue(issue);
        }

        @Test
        void rejectsIssuingATokenForSomeoneElse() {
            fixture.given(opened("anna", Role.COACH))
                    .when(issue, BEN)
                    .expectException(refusedAs(Refusal.Reason.ROLE_NOT_ALLOWED))
                    .expectNoEvents();
        }

        @Test
        void letsTheHolderRevokeTheirToken() {
            fixture.given(opened("anna", Role.COACH), new ApiTokenIssued("anna", TOKEN, "monthly-export", EXPIRY))
                    .when(new RevokeApiToken("anna", TOKEN), ANNA)
                    .expectEvents(new ApiTokenRevoked("anna", TOKEN));
            verify(credentials).revoke(TOKEN);
        }

        @Test
        void letsAnAdministratorRevokeAnyonesToken() {
            fixture.given(opened("anna", Role.COACH), new ApiTokenIssued("anna", TOKEN, "monthly-export", EXPIRY))
                    .when(new RevokeApiToken("anna", TOKEN), ADMIN)
                    .expectEvents(new ApiTokenRevoked("anna", TOKEN));
        }

        @Test
        void rejectsRevokingAnotherCoachesToken() {
            fixture.given(opened("anna", Role.COACH), new ApiTokenIssued("anna", TOKEN, "monthly-export", EXPIRY))
                    .when(new RevokeApiToken("anna", TOKEN), BEN)
                    .expectException(refusedAs(Refusal.Reason.ROLE_NOT_ALLOWED))
                    .expectNoEvents();
        }

        @Test
        void rejectsATokenTheAccountDoesNotHold() {
            fixture.given(opened("anna", Role.COACH), new ApiTokenIssued("anna", TOKEN, "monthly-export", EXPIRY))
                    .when(new RevokeApiToken("anna", UUID.randomUUID()), ANNA)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_TOKEN))
                    .expectNoEvents();
            verify(credentials, never()).revoke(any());
        }
    }
}
