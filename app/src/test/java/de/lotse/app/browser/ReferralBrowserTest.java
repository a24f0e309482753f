package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coach refers a participant to a health service from the participant's page and closes the
 * referral: the consent box and the reason of an unresolved need are asked for beside their
 * fields, a closing dated before the referral shows the broken rule in place, and the page lists
 * the referral open, then closed with its outcome.
 */
class ReferralBrowserTest extends BrowserTestSupport {

    private static final By PARTICIPANT = By.id("participant");
    private static final By REFER = By.cssSelector("form:has(#referral-provider) button[type=submit]");
    private static final By CLOSE = By.cssSelector("form:has(#referralClosing-referral) button[type=submit]");

    @Test
    void makesAndClosesAReferralFromTheParticipantsPage() {
        browser.logInAs("coach1");
        Intake.enrol(browser, "Daniela", "Petrescu");
        browser.waitForText("Die Person wurde aufgenommen.");
        aReferralWithoutConsentIsRefusedBesideTheBox();
        referToAHealthService();
        aClosingBeforeTheReferralBreaksARule();
        anUnresolvedNeedAsksForTheReason();
        closeTheReferralWithItsOutcome();
    }

    private void aReferralWithoutConsentIsRefusedBesideTheBox() {
        browser.date("referral-date", "2026-02-02");
        browser.choose("referral-area", "HEALTH");
        browser.type("referral-provider", "Gesundheitsamt Dortmund");
        browser.type("referral-note", "braucht eine Hausärztin");
        browser.clickAndAwaitSwap(REFER, PARTICIPANT);
        assertThat(browser.text(By.id("referral-consentGiven-error")))
                .isEqualTo("Ohne Einverständnis keine Vermittlung.");
    }

    private void referToAHealthService() {
        browser.check("referral-consentGiven");
        browser.clickAndAwaitSwap(REFER, PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant .notice"))).isEqualTo("Gespeichert.");
        var referral = browser.text(By.cssSelector("#participant li.referral"));
        assertThat(referral)
                .contains(
                        "02.02.2026 · Gesundheit · Gesundheitsamt Dortmund",
                        "nicht im Anbieterverzeichnis",
                        "offen",
                        "braucht eine Hausärztin");
        browser.screenshot("participant-referral");
    }

    private void aClosingBeforeTheReferralBreaksARule() {
        var referral = browser.attribute(By.cssSelector("#referralClosing-referral option:nth-child(2)"), "value");
        browser.choose("referralClosing-referral", referral);
        browser.date("referralClosing-date", "2026-02-01");
        browser.choose("referralClosing-outcome", "RESOLVED");
        browser.clickAndAwaitSwap(CLOSE, PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant [role=alert]")))
                .isEqualTo("Eine Vermittlung kann nicht vor dem Tag abgeschlossen werden, an dem sie erfolgte.");
    }

    private void anUnresolvedNeedAsksForTheReason() {
        var referral = browser.attribute(By.cssSelector("#referralClosing-referral option:nth-child(2)"), "value");
        browser.choose("referralClosing-referral", referral);
        browser.date("referralClosing-date", "2026-02-20");
        browser.choose("referralClosing-outcome", "NOT_RESOLVED");
        browser.clickAndAwaitSwap(CLOSE, PARTICIPANT);
        assertThat(browser.text(By.id("referralClosing-reason-error")))
                .isEqualTo("Bitte begründen, warum das Anliegen nicht gelöst ist.");
    }

    private void closeTheReferralWithItsOutcome() {
        browser.type("referralClosing-reason", "keine Praxis nimmt neue Patientinnen auf");
        browser.clickAndAwaitSwap(CLOSE, PARTICIPANT);
        assertThat(browser.text(By.cssSelector("#participant .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector("#participant li.referral")))
                .contains("abgeschlossen", "nicht gelöst · 20.02.2026 · keine Praxis nimmt neue Patientinnen auf");
        assertThat(browser.text()).doesNotContain("Vermittlung abschließen");
    }
}
