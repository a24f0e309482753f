package de.lotse.app.browser;

import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** The intake form as a coach fills it in: a person with every ESF+ question answered. */
final class Intake {

    private static final Pattern PARTICIPANT_PAGE = Pattern.compile("/participants/[0-9a-f-]{36}");

    private Intake() {}

    /** Opens the form and answers every question for the given person, without sending it. */
    static void fillIn(Browser browser, String firstName, String lastName) {
        browser.open("/participants/new");
        browser.type("intake-firstName", firstName);
        browser.type("intake-lastName", lastName);
        browser.date("intake-dateOfBirth", "1991-03-02");
        browser.type("intake-postcode", "44147");
        browser.choose("intake-gender", "FEMALE");
        browser.date("intake-entryDate", "2026-01-15");
        browser.choose("intake-labourStatus", "LONG_TERM_UNEMPLOYED");
        browser.choose("intake-isced", "2");
        browser.choose("intake-nationality", "RO");
        browser.check("intake-foreignBackground-YES");
        browser.check("intake-disability-NO");
        browser.check("intake-minority-DECLINED");
        browser.check("intake-homeless-NO");
        browser.check("intake-rural-false");
        browser.check("intake-consentGiven");
    }

    static void send(Browser browser) {
        browser.click(By.cssSelector("form.intake button[type=submit]"));
    }

    /** Enrols the person and answers their participant id, once their page has opened. */
    static String enrol(Browser browser, String firstName, String lastName) {
        fillIn(browser, firstName, lastName);
        send(browser);
        return awaitParticipantPage(browser);
    }

    /**
     * Waits until the participant's page has opened after the form was sent, and answers their id.
     * The form's own path, {@code /participants/new}, lies below {@code /participants/} too: waiting
     * for that prefix returned at once when the answer was slow, with "new" as the id.
     */
    static String awaitParticipantPage(Browser browser) {
        browser.waitForPathMatching(PARTICIPANT_PAGE);
        return browser.currentPath().substring("/participants/".length());
    }
}
