package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coach's day in the browser: log in, enrol a participant through the intake form (first with
 * answers missing), break a pathway rule and read it in place, start coaching, find the
 * participant in the caseload, meet the duplicate-intake warning, and switch to English.
 */
class CoachBrowserTest extends BrowserTestSupport {

    private static final By START_STAGE = By.cssSelector("form:has(#stageStart-stage) button[type=submit]");

    @Test
    void enrolsAndCoachesAParticipant() {
        theLoginPageSpeaksGerman();
        browser.logInAs("coach1");
        anIncompleteIntakeShowsWhatIsMissing();
        var id = enrolIoana();
        startingQualificationBeforeCoachingBreaksARule();
        startCoaching();
        findIoanaInTheCaseload(id);
        aDuplicateIntakeLinksToTheParticipantAlreadyEnrolled(id);
        switchToEnglish();
    }

    private void theLoginPageSpeaksGerman() {
        browser.open("/login");
        assertThat(browser.htmlLang()).isEqualTo("de");
        assertThat(browser.text()).contains("Anmelden", "Benutzername", "Passwort");
        browser.screenshot("login");
    }

    private void anIncompleteIntakeShowsWhatIsMissing() {
        browser.open("/participants/new");
        browser.waitForText("Neue Aufnahme");
        assertThat(browser.field("intake-coach").getDomProperty("value")).isEqualTo("coach1");
        Intake.send(browser);
        browser.waitForText("Bitte prüfen Sie die markierten Angaben.");
        assertThat(browser.text(By.id("intake-firstName-error"))).isEqualTo("Bitte ausfüllen.");
        assertThat(browser.text(By.id("intake-consentGiven-error")))
                .isEqualTo("Ohne Einwilligung ist keine Aufnahme möglich.");
    }

    private String enrolIoana() {
        Intake.fillIn(browser, "Ioana", "Marin");
        browser.screenshot("intake");
        Intake.send(browser);
        var id = Intake.awaitParticipantPage(browser);
        browser.waitForText("Die Person wurde aufgenommen.");
        assertThat(browser.text()).contains("Ioana Marin", "Coaching", "nicht begonnen", "keine Angabe");
        return id;
    }

    private void startingQualificationBeforeCoachingBreaksARule() {
        browser.choose("stageStart-stage", "QUALIFICATION");
        browser.date("stageStart-startDate", "2026-01-20");
        browser.clickAndAwaitSwap(START_STAGE, By.id("participant"));
        assertThat(browser.text(By.cssSelector("#participant [role=alert]")))
                .isEqualTo("Jede Stufe außer Coaching setzt voraus, dass das Coaching begonnen hat.");
    }

    private void startCoaching() {
        browser.choose("stageStart-stage", "COACHING");
        browser.date("stageStart-startDate", "2026-01-20");
        browser.clickAndAwaitSwap(START_STAGE, By.id("participant"));
        assertThat(browser.text(By.cssSelector("#participant .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector(".lane-ACTIVE"))).contains("Coaching", "läuft", "seit 20.01.2026");
        assertThat(browser.text()).doesNotContain("Jede Stufe außer Coaching");
        browser.screenshot("participant");
        browser.screenshot("participant-tablet", Browser.TABLET);
    }

    private void findIoanaInTheCaseload(String id) {
        browser.clickLink("Fallübersicht");
        browser.waitForPath("/caseload");
        browser.type("filter-q", "marin");
        browser.waitForText(By.id("caseload-table"), "Ioana Marin");
        browser.reloadUntil("Coaching");
        assertThat(browser.attribute(By.linkText("Ioana Marin"), "href")).isEqualTo("/participants/" + id);
        browser.open("/caseload");
        browser.screenshot("caseload");
    }

    private void aDuplicateIntakeLinksToTheParticipantAlreadyEnrolled(String id) {
        Intake.fillIn(browser, "Ioana", "Marin");
        Intake.send(browser);
        browser.waitForText("ist bereits aufgenommen");
        browser.clickLink("Bereits aufgenommene Person öffnen");
        browser.waitForPath("/participants/" + id);
    }

    private void switchToEnglish() {
        browser.clickLink("English");
        browser.waitForText("Integration pathway");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text()).contains("Caseload", "Log out", "Start a stage", "active");
        browser.open("/caseload");
        assertThat(browser.text()).contains("Search by name");
        browser.clickLink("Deutsch");
        browser.waitForText("Name suchen");
    }
}
