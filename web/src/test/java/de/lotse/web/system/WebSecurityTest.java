package de.lotse.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The UI's chain: a login form for strangers, each role sent to its start page, the API left to Basic. */
@WebMvcTest(StartPageController.class)
@WebSlice
class WebSecurityTest {

    @Autowired
    private MockMvcTester mvc;

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
                        "/dist/htmx.min.js");
    }

    @Test
    void leavesTheApiToHttpBasic() {
        var answer = mvc.get().uri("/api/caseload").exchange();
        assertThat(answer).hasStatus(401);
        assertThat(answer.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void sendsEachRoleToItsStartPage() {
        assertThat(mvc.get().uri("/").with(user("coach1").roles("COACH"))).hasRedirectedUrl("/caseload");
        assertThat(mvc.get().uri("/").with(user("auditor").roles("AUDITOR"))).hasRedirectedUrl("/caseload");
        assertThat(mvc.get().uri("/").with(user("evaluator").roles("EVALUATOR")))
                .hasRedirectedUrl("/reports/esf");
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
}
