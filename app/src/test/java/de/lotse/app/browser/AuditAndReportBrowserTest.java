package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The readers' side in the browser. A coach walks a participant to an exit into work; an auditor
 * reads the participant's page without any form, the event history, the global trail and the
 * chain check; an evaluator lands on the ESF+ report, which counts the outcome, sees the
 * projections, and is refused participant pages.
 */
class AuditAndReportBrowserTest extends BrowserTestSupport {

    @Test
    void auditorsReadHistoriesAndEvaluatorsReadReports() {
        var id = aCoachWalksMihaiIntoWork();
        anAuditorReadsTheParticipantAndItsHistory(id);
        anAuditorReadsTheTrailAndChecksTheChains();
        anEvaluatorReadsTheReportButNoParticipant(id);
    }

    private String aCoachWalksMihaiIntoWork() {
        browser.logInAs("coach2");
        var id = Intake.enrol(browser, "Mihai", "Dobre");
        browser.waitForText("Mihai Dobre");
        browser.submitOnParticipantPage("stageStart", "startDate", "2026-01-20");
        browser.choose("situation-situation", "EMPLOYED");
        browser.type("situation-detail", "Lager, 30 Std./Woche");
        browser.submitOnParticipantPage("situation", "date", "2026-05-02");
        browser.waitForText("Lager, 30 Std./Woche");
        browser.choose("exit-reason", "COMPLETED");
        browser.submitOnParticipantPage("exit", "exitDate", "2026-06-30");
        browser.waitForText("30.06.2026 · regulär beendet");
        assertThat(browser.text(By.cssSelector(".lane-CLOSED_AT_EXIT"))).contains("mit Austritt beendet");
        assertThat(browser.text()).contains("Nachbefragung nach sechs Monaten").doesNotContain("Stufe beginnen");
        browser.logOut();
        return id;
    }

    private void anAuditorReadsTheParticipantAndItsHistory(String id) {
        browser.logInAs("auditor");
        browser.waitForPath("/caseload");
        browser.open("/participants/" + id);
        browser.waitForText("Mihai Dobre");
        assertThat(browser.text()).doesNotContain("Stufe beginnen", "Neue Aufnahme", "Erfassen");
        browser.clickLink("Ereignisverlauf");
        browser.waitForPath("/participants/" + id + "/history");
        var firstRow = browser.text(By.cssSelector("table.history tbody tr"));
        assertThat(firstRow).contains("0", "Aufgenommen", "ParticipantEnrolled", "coach2");
        assertThat(browser.text()).contains("Ausgetreten", "Arbeitsmarktsituation erfasst");
        browser.screenshot("history");
    }

    private void anAuditorReadsTheTrailAndChecksTheChains() {
        browser.clickLink("Prüfpfad");
        browser.waitForPath("/audit/trail");
        browser.waitForText("ParticipantExited");
        browser.screenshot("trail");
        browser.clickLink("Hash-Ketten prüfen");
        browser.waitForText("Alle Ketten sind unversehrt");
        browser.logOut();
    }

    private void anEvaluatorReadsTheReportButNoParticipant(String id) {
        browser.logInAs("evaluator");
        browser.waitForPath("/reports/esf");
        browser.waitForText("EECO01");
        assertThat(browser.text(By.xpath("//tr[th/code='EECR04']"))).contains("Nach Austritt erwerbstätig", "1");
        assertThat(browser.text())
                .contains("Teilnehmende insgesamt", "Plausibilitätsprüfungen", "Frauen")
                .doesNotContain("Mihai");
        assertThat(browser.attribute(By.linkText("Als CSV herunterladen"), "href"))
                .startsWith("/reports/esf.csv");
        browser.screenshot("report");
        browser.clickLink("Projektionen");
        browser.waitForText("caseload");
        browser.open("/participants/" + id);
        browser.waitForText("Kein Zugriff");
        assertThat(browser.text()).doesNotContain("Mihai");
        browser.open("/caseload");
        browser.waitForText("Kein Zugriff");
        browser.logOut();
    }
}
