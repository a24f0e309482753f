package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The two forms only some roles see: a team lead moves a participant into another coach's
 * caseload, and an admin erases the participant's personal data, confirmed in the form, after which
 * the page shows no name and offers no form, while the history keeps every step.
 */
class LeadAndAdminBrowserTest extends BrowserTestSupport {

    private static final By PARTICIPANT = By.id("participant");

    @Test
    void aLeadChangesTheCoachAndAnAdminErasesThePersonalData() {
        var id = aCoachEnrolsAnca();
        theLeadMovesHerToCoach2(id);
        theAdminErasesHerPersonalData(id);
    }

    private String aCoachEnrolsAnca() {
        browser.logInAs("coach1");
        var id = Intake.enrol(browser, "Anca", "Ilie");
        browser.waitForText("Anca Ilie");
        assertThat(browser.text()).doesNotContain("Coach wechseln", "Personenbezogene Daten löschen");
        browser.logOut();
        return id;
    }

    private void theLeadMovesHerToCoach2(String id) {
        browser.logInAs("lead");
        browser.open("/participants/" + id);
        browser.waitForText("Coach wechseln");
        assertThat(browser.text()).doesNotContain("Personenbezogene Daten löschen");
        browser.type("coachReassignment-coach", "coach2");
        browser.clickAndAwaitSwap(
                By.cssSelector("form:has(#coachReassignment-coach) button[type=submit]"), PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text()).contains("coach2");
        browser.logOut();
    }

    private void theAdminErasesHerPersonalData(String id) {
        browser.logInAs("admin");
        browser.open("/participants/" + id);
        browser.waitForText("Personenbezogene Daten löschen");
        browser.type("erasure-reason", "Antrag der Person vom 20.11.2026");
        browser.check("erasure-confirmed");
        browser.clickAndAwaitSwap(By.cssSelector("form:has(#erasure-reason) button[type=submit]"), PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant h1"))).isEqualTo("[gelöscht]");
        assertThat(browser.text()).doesNotContain("Anca", "Ilie", "Stufe beginnen");
        browser.clickLink("Ereignisverlauf");
        browser.waitForPath("/participants/" + id + "/history");
        assertThat(browser.text())
                .contains("Aufgenommen", "Coach gewechselt", "Personendaten gelöscht", "lead", "admin");
    }
}
