package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A team lead lists a provider in the directory from its page, where a name listed already is
 * refused beside the name field and the area filter narrows the list; a coach then finds the
 * provider listed when referring a participant to it.
 */
class ProviderBrowserTest extends BrowserTestSupport {

    private static final String PROVIDER = "Schuldnerberatung Nordstadt";
    private static final By LIST = By.cssSelector("form[action='/providers'][method='post'] button[type=submit]");
    private static final By PARTICIPANT = By.id("participant");
    private static final By REFER = By.cssSelector("form:has(#referral-provider) button[type=submit]");

    @Test
    void aTeamLeadListsAProviderThatACoachThenRefersTo() {
        browser.logInAs("lead");
        browser.clickLink("Anbieter");
        browser.waitForPath("/providers");
        listTheProvider();
        aNameListedAlreadyIsRefusedBesideTheField();
        theAreaFilterNarrowsTheList();
        browser.logOut();

        browser.logInAs("coach1");
        Intake.enrol(browser, "Ilie", "Munteanu");
        browser.waitForText("Die Person wurde aufgenommen.");
        referToTheListedProvider();
    }

    private void listTheProvider() {
        browser.type("newProvider-name", PROVIDER);
        browser.check("newProvider-areas-DEBT");
        browser.type("newProvider-address", "Mallinckrodtstraße 114, 44145 Dortmund");
        browser.type("newProvider-languages", "de, ro");
        browser.click(LIST);
        browser.waitForText("Der Anbieter steht jetzt im Verzeichnis.");
        assertThat(browser.text(By.cssSelector("table.providers")))
                .contains(
                        PROVIDER, "Schulden", "Mallinckrodtstraße 114, 44145 Dortmund", "Deutsch (de), Rumänisch (ro)");
        browser.screenshot("provider-directory");
    }

    private void aNameListedAlreadyIsRefusedBesideTheField() {
        browser.type("newProvider-name", "schuldnerberatung  NORDSTADT");
        browser.check("newProvider-areas-DEBT");
        browser.type("newProvider-address", "anderswo");
        browser.type("newProvider-languages", "de");
        browser.click(LIST);
        assertThat(browser.text(By.id("newProvider-name-error")))
                .isEqualTo("Ein Anbieter dieses Namens steht schon im Verzeichnis.");
    }

    private void theAreaFilterNarrowsTheList() {
        browser.open("/providers?area=HEALTH");
        assertThat(browser.text(By.id("main"))).doesNotContain(PROVIDER);
        browser.open("/providers?area=DEBT");
        assertThat(browser.text(By.cssSelector("table.providers"))).contains(PROVIDER);
    }

    private void referToTheListedProvider() {
        browser.date("referral-date", "2026-02-02");
        browser.choose("referral-area", "DEBT");
        browser.type("referral-provider", PROVIDER);
        browser.check("referral-consentGiven");
        browser.clickAndAwaitSwap(REFER, PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant li.referral")))
                .contains("02.02.2026 · Schulden · " + PROVIDER)
                .doesNotContain("nicht im Anbieterverzeichnis");
    }
}
