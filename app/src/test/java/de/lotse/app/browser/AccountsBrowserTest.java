package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Accounts in the browser: an admin opens an account for a new coach and reads the one-time
 * password once; the coach signs in with it in a browser of their own, is sent to choose a
 * password, chooses one, lands on the caseload and enrols a participant; the admin disables the
 * coach, and the coach's open session is refused at the next page it loads.
 */
class AccountsBrowserTest extends BrowserTestSupport {

    private static final String NEW_COACH = "cem.demir";
    private static final String CHOSEN_PASSWORD = "Leuchtturm am Hafen 7";
    private static final By SUBMIT_IN_PAGE = By.cssSelector("main form button[type=submit]");

    @Test
    void anAdminOpensAnAccountForACoachAndDisablesItAgain() {
        var oneTimePassword = theAdminOpensAnAccountForCem();
        try (var coach = new Browser().on(port)) {
            cemSignsInAndMustChooseAPassword(coach, oneTimePassword);
            cemChoosesAPasswordAndLandsOnTheWorklist(coach, oneTimePassword);
            Intake.enrol(coach, "Dana", "Pop");
            coach.waitForText("Dana Pop");
            theAdminDisablesCem();
            cemsOpenSessionIsRefusedAtTheNextPage(coach);
        }
    }

    private String theAdminOpensAnAccountForCem() {
        browser.logInAs("admin");
        browser.clickLink("Konten");
        browser.waitForPath("/admin/accounts");
        browser.type("newAccount-username", NEW_COACH);
        browser.type("newAccount-displayName", "Cem Demir");
        browser.check("newAccount-roles-COACH");
        browser.click(By.cssSelector("form[action='/admin/accounts'] button[type=submit]"));
        browser.waitForPath("/admin/accounts/" + NEW_COACH);
        browser.waitForText("Das Konto wurde eingerichtet.");
        var oneTimePassword = browser.text(By.cssSelector(".secret-value"));
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        browser.screenshot("account-opened");
        browser.open("/admin/accounts/" + NEW_COACH);
        assertThat(browser.text()).contains("Cem Demir", "Einmalpasswort").doesNotContain(oneTimePassword);
        return oneTimePassword;
    }

    private void cemSignsInAndMustChooseAPassword(Browser coach, String oneTimePassword) {
        coach.open("/login");
        coach.type("username", NEW_COACH);
        coach.type("password", oneTimePassword);
        coach.click(SUBMIT_IN_PAGE);
        coach.waitForPath("/account/password");
        assertThat(coach.text()).contains("Sie haben sich mit einem Einmalpasswort angemeldet.");
        coach.open("/caseload");
        coach.waitForPath("/account/password");
    }

    private void cemChoosesAPasswordAndLandsOnTheWorklist(Browser coach, String oneTimePassword) {
        coach.type("passwordChange-currentPassword", "not the one-time password");
        coach.type("passwordChange-newPassword", CHOSEN_PASSWORD);
        coach.type("passwordChange-repeatedPassword", CHOSEN_PASSWORD);
        coach.click(SUBMIT_IN_PAGE);
        coach.waitForText("Das ist nicht Ihr aktuelles Passwort.");
        coach.screenshot("password-refused");
        coach.type("passwordChange-currentPassword", CHOSEN_PASSWORD);
        coach.type("passwordChange-newPassword", "kurz");
        coach.type("passwordChange-repeatedPassword", "kurz");
        coach.click(SUBMIT_IN_PAGE);
        coach.waitForText("Mindestens 12 Zeichen.");
        coach.type("passwordChange-currentPassword", oneTimePassword);
        coach.type("passwordChange-newPassword", CHOSEN_PASSWORD);
        coach.type("passwordChange-repeatedPassword", CHOSEN_PASSWORD);
        coach.click(SUBMIT_IN_PAGE);
        coach.waitForPath("/worklist");
        assertThat(coach.text()).contains("Arbeitsliste", "Fallübersicht", "Meine API-Tokens", "Passwort ändern");
    }

    private void theAdminDisablesCem() {
        browser.open("/admin/accounts/" + NEW_COACH);
        browser.click(By.cssSelector("form[action$='/disable'] button"));
        browser.waitForText("Das Konto wurde deaktiviert.");
        assertThat(browser.text(By.cssSelector(".page-head"))).contains("deaktiviert");
        browser.logOut();
    }

    private void cemsOpenSessionIsRefusedAtTheNextPage(Browser coach) {
        coach.open("/caseload");
        coach.waitForText("Ihr Konto wurde deaktiviert.");
        assertThat(coach.text()).doesNotContain("Dana Pop", "Fallübersicht");
    }
}
