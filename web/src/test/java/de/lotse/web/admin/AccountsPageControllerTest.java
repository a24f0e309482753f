package de.lotse.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.ChangeRoles;
import de.lotse.api.account.FindAccount;
import de.lotse.api.account.FindAccounts;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.ResetPassword;
import de.lotse.web.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({AccountsPageController.class, AdminPageController.class})
@WebSlice
class AccountsPageControllerTest {

    private static final AccountSummary COACH = new AccountSummary(
            "coach3", "Cem Demir", Set.of(Role.COACH), true, true, Instant.parse("2026-11-02T08:15:00Z"));
    private static final AccountSummary ADMIN =
            new AccountSummary("admin", "Ada Admin", Set.of(Role.ADMIN), true, false, null);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @BeforeEach
    void answerAccounts() {
        given(queries.query(any(FindAccounts.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(ADMIN, COACH)));
        given(queries.query(any(FindAccount.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(COACH));
    }

    @Test
    void listsEveryAccountWithRolesStateAndLastSignIn() {
        var page = mvc.get().uri("/admin/accounts").with(admin()).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Konten", "coach3", "Cem Demir", "Coach", "Einmalpasswort", "02.11.2026 08:15:00", "nie")
                .contains("newAccount-roles-HOUSING");
    }

    @Test
    void linksTheOverviewToTheAccountsInsteadOfListingDemoUsers() {
        var page = mvc.get().uri("/admin").with(admin()).exchange();
        assertThat(page).bodyText().contains("href=\"/admin/accounts\"").doesNotContain("Demo-Benutzer");
    }

    @Test
    void opensAnAccountAndShowsItsOneTimePasswordExactlyOnce() {
        var answer = mvc.post()
                .uri("/admin/accounts")
                .param("username", "coach3")
                .param("displayName", " Cem Demir ")
                .param("roles", "COACH", "TEAM_LEAD")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(answer).hasRedirectedUrl("/admin/accounts/coach3");
        var sent = ArgumentCaptor.forClass(OpenAccount.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().displayName()).isEqualTo("Cem Demir");
        assertThat(sent.getValue().roles()).containsExactlyInAnyOrder(Role.COACH, Role.TEAM_LEAD);
        assertThat(sent.getValue().mustChangePassword()).isTrue();
        var password = sent.getValue().password().value();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);

        var first = mvc.get()
                .uri("/admin/accounts/coach3")
                .flashAttrs(answer.getMvcResult().getFlashMap())
                .with(admin())
                .exchange();
        assertThat(first).bodyText().contains(password, "Das Konto wurde eingerichtet.");
        var again = mvc.get().uri("/admin/accounts/coach3").with(admin()).exchange();
        assertThat(again).bodyText().doesNotContain(password);
    }

    @Test
    void showsInvalidEntriesBesideTheirFieldsAndSendsNothing() {
        var page = mvc.post()
                .uri("/admin/accounts")
                .param("username", "Cem Demir")
                .param("displayName", " ")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains(
                        "newAccount-username-error",
                        "zuerst ein Kleinbuchstabe",
                        "newAccount-displayName-error",
                        "Bitte mindestens eine Rolle wählen.");
        verifyNoInteractions(commands);
    }

    @Test
    void showsATakenUserNameBesideItsField() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("taken", null, Refusal.usernameTaken("coach1")));
        var page = mvc.post()
                .uri("/admin/accounts")
                .param("username", "coach1")
                .param("displayName", "Clara Adler")
                .param("roles", "COACH")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("newAccount-username-error", "Dieser Benutzername ist vergeben")
                .contains("value=\"coach1\"");
    }

    @Test
    void showsAtTheRolesThatTheLastAdministratorKeepsTheRole() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("last admin", null, Refusal.lastAdmin("admin")));
        var page = mvc.post()
                .uri("/admin/accounts/admin/roles")
                .param("roles", "AUDITOR")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(409);
        assertThat(page).bodyText().contains("Dies ist das letzte aktive Administrationskonto.");
        verify(commands).sendAndWait(new ChangeRoles("admin", Set.of(Role.AUDITOR)));
    }

    @Test
    void keepsAtLeastOneRole() {
        var page = mvc.post()
                .uri("/admin/accounts/coach3/roles")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("roleChange-roles-error", "Bitte mindestens eine Rolle wählen.");
        verifyNoInteractions(commands);
    }

    @Test
    void tellsAfterTheRedirectThatTheLastAdministratorCannotBeDisabled() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("last admin", null, Refusal.lastAdmin("admin")));
        var answer = post("/admin/accounts/admin/disable");
        assertThat(answer).hasRedirectedUrl("/admin/accounts/admin");
        var page = mvc.get()
                .uri("/admin/accounts/admin")
                .flashAttrs(answer.getMvcResult().getFlashMap())
                .with(admin())
                .exchange();
        assertThat(page).bodyText().contains("Dies ist das letzte aktive Administrationskonto.");
    }

    @Test
    void resetsThePasswordToAOneTimePasswordShownOnTheAccountPage() {
        var answer = post("/admin/accounts/coach3/password-reset");
        assertThat(answer).hasRedirectedUrl("/admin/accounts/coach3");
        var sent = ArgumentCaptor.forClass(ResetPassword.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(answer.getMvcResult().getFlashMap().get("oneTimePassword"))
                .isEqualTo(sent.getValue().oneTimePassword().value());
    }

    @Test
    void showsAnUnknownAccountAsNotFound() {
        given(queries.query(any(FindAccount.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.failedFuture(
                        new QueryExecutionException("unknown", null, Refusal.unknownAccount("nobody"))));
        assertThat(mvc.get().uri("/admin/accounts/nobody").with(admin())).hasStatus(404);
    }

    @Test
    void letsOnlyAdministratorsManageAccounts() {
        assertThat(mvc.get().uri("/admin/accounts").with(user("lead").roles("TEAM_LEAD")))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/accounts/coach3/disable")
                        .with(user("lead").roles("TEAM_LEAD"))
                        .with(csrf()))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    private MvcTestResult post(String uri) {
        return mvc.post().uri(uri).with(admin()).with(csrf()).exchange();
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
