package de.lotse.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Role;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.StoredAccount;
import de.lotse.web.WebSlice;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The UI's chain: a login form for strangers that says why one is back, each role sent to its
 * start page, an account read again on every request, and the API left to Basic.
 */
@WebMvcTest(StartPageController.class)
@WebSlice
class WebSecurityTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private Accounts accounts;

    @Test
    void sendsStrangersToTheLoginForm() {
        var answer = mvc.get().uri("/caseload").exchange();
        assertThat(answer).hasStatus3xxRedirection();
        assertThat(answer.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void showsTheLoginFormWithItsCsrfTokenInGerman() {
        var page = mvc.get().uri("/login").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "<html lang=\"de\"",
                        "Anmelden",
                        "for=\"username\"",
                        "name=\"_csrf\"",
                        "/webjars/htmx.org/",
                        "/dist/htmx.min-");
    }

    @Test
    void tellsWhySomeoneIsBackAtTheLoginForm() {
        assertThat(mvc.get().uri("/login?disabled").exchange()).bodyText().contains("Ihr Konto wurde deaktiviert.");
        assertThat(mvc.get().uri("/login?blocked=120").exchange())
                .bodyText()
                .contains("Bitte versuchen Sie es in 120 Sekunden erneut.");
        assertThat(mvc.get().uri("/login?blocked=<b>soon</b>").exchange())
                .bodyText()
                .doesNotContain("Sekunden", "soon");
    }

    @Test
    void endsTheSessionOfADisabledAccountWithA401AtTheLoginForm() {
        given(accounts.find("coach1")).willReturn(Optional.of(coach("coach1", false, false)));
        var answer =
                mvc.get().uri("/caseload").with(user("coach1").roles("COACH")).exchange();
        assertThat(answer).hasStatus(401);
        assertThat(answer.getResponse().getForwardedUrl()).isEqualTo("/login?disabled");
    }

    @Test
    void holdsBackAOneTimePasswordUntilItIsChangedAndThenLetsThePersonIn() {
        given(accounts.find("coach3")).willReturn(Optional.of(coach("coach3", true, true)));
        assertThat(mvc.get().uri("/").with(user("coach3").roles("COACH"))).hasRedirectedUrl("/account/password");

        given(accounts.find("coach3")).willReturn(Optional.of(coach("coach3", true, false)));
        assertThat(mvc.get().uri("/").with(user("coach3").roles("COACH"))).hasRedirectedUrl("/worklist");
    }

    @Test
    void leavesTheApiToHttpBasic() {
        var answer = mvc.get().uri("/api/caseload").exchange();
        assertThat(answer).hasStatus(401);
        assertThat(answer.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void sendsEachRoleToItsStartPage() {
        assertThat(mvc.get().uri("/").with(user("coach1").roles("COACH"))).hasRedirectedUrl("/worklist");
        assertThat(mvc.get().uri("/").with(user("lead").roles("TEAM_LEAD"))).hasRedirectedUrl("/caseload");
        assertThat(mvc.get().uri("/").with(user("auditor").roles("AUDITOR"))).hasRedirectedUrl("/caseload");
        assertThat(mvc.get().uri("/").with(user("evaluator").roles("EVALUATOR")))
                .hasRedirectedUrl("/reports/esf");
        assertThat(mvc.get().uri("/").with(user("housing").roles("HOUSING"))).hasRedirectedUrl("/housing/units");
    }

    @Test
    void keepsRolesOutOfPagesTheRoleTableDoesNotGiveThem() {
        assertThat(mvc.get().uri("/reports/esf").with(user("coach1").roles("COACH")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/audit/trail").with(user("lead").roles("TEAM_LEAD")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin").with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/participants/new").with(user("auditor").roles("AUDITOR")))
                .hasStatus(403);
    }

    private static StoredAccount coach(String username, boolean enabled, boolean mustChangePassword) {
        return new StoredAccount(username, username, Set.of(Role.COACH), enabled, "{noop}", mustChangePassword, null);
    }
}
