package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coach's worklist in the browser: a coach signs in and lands on the worklist, walks a
 * participant to an exit on 1 May 2026, and from 1 November (six months later) finds the due
 * follow-up on the start page, counted under its kind and linked to the participant.
 */
class WorklistBrowserTest extends BrowserTestSupport {

    private static final By FOLLOW_UP_COUNT = By.cssSelector("#count-FOLLOW_UP_DUE .count-value");

    @Test
    void showsACoachTheDueFollowUpOnTheStartPage() {
        browser.logInAs("coach1");
        browser.waitForPath("/worklist");
        var id = aParticipantLeftOnTheFirstOfMay();
        theStartPageListsTheFollowUpAndCountsIt(id);
        theItemLeadsToTheParticipant(id);
    }

    private String aParticipantLeftOnTheFirstOfMay() {
        var id = Intake.enrol(browser, "Radu", "Ionescu");
        browser.waitForText("Radu Ionescu");
        browser.submitOnParticipantPage("stageStart", "startDate", "2026-01-20");
        browser.choose("exit-reason", "COMPLETED");
        browser.submitOnParticipantPage("exit", "exitDate", "2026-05-01");
        return id;
    }

    private void theStartPageListsTheFollowUpAndCountsIt(String id) {
        browser.open("/");
        browser.waitForPath("/worklist");
        browser.reloadUntil("Radu Ionescu");
        var row = browser.text(By.xpath("//tr[td/a[normalize-space()='Radu Ionescu']]"));
        assertThat(row).contains("01.11.2026", "Nachbefragung fällig", "coach1", "Austritt am 2026-05-01");
        browser.click(By.id("count-FOLLOW_UP_DUE"));
        browser.waitForPath("/worklist?kind=FOLLOW_UP_DUE");
        var rows = browser.text(By.id("worklist-table"))
                .lines()
                .filter(line -> line.contains("Nachbefragung fällig"))
                .count();
        assertThat(browser.text(FOLLOW_UP_COUNT)).isEqualTo(String.valueOf(rows));
        assertThat(rows).isPositive();
        browser.screenshot("worklist");
    }

    private void theItemLeadsToTheParticipant(String id) {
        browser.click(By.xpath("//table[@id='worklist-table']//a[normalize-space()='Radu Ionescu']"));
        browser.waitForPath("/participants/" + id);
        browser.waitForText("Radu Ionescu");
        browser.logOut();
    }
}
