package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One unit from acquisition to a participant's move-in and the six-month check, in the browser.
 * The housing officer enters a property with two units, grants an occupancy right (first with a
 * period that ends before it begins), opens a vacancy and meets the rule that a unit has one open
 * vacancy at a time; the coach offers the unit to an own participant; the housing officer records
 * the acceptance, the tenancy and the move-in; the coach records the check six months on and finds
 * the tenancy and the new housing situation on the participant's page; the housing report counts it,
 * in German and in English.
 */
class HousingBrowserTest extends BrowserTestSupport {

    private static final By UNIT = By.id("unit");

    @Test
    void walksAUnitFromAcquisitionToAMoveInAndTheSixMonthCheck() {
        var participant = theCoachEnrolsLuminita();
        browser.logInAs("housing");
        var property = theHousingOfficerEntersAPropertyWithTwoUnits();
        var unit = openTheFirstUnit(property);
        aPeriodEndingBeforeItBeginsIsRefusedBesideItsField();
        grantAnOccupancyRight();
        openAVacancy();
        aSecondVacancyBreaksARuleShownInPlace();
        browser.logOut();

        browser.logInAs("coach1");
        theCoachOffersTheUnitToLuminita(unit, participant);
        browser.logOut();

        browser.logInAs("housing");
        theOfferIsAcceptedTheTenancyStartsAndLuminitaMovesIn(unit);
        browser.logOut();

        browser.logInAs("coach1");
        theCoachRecordsTheSixMonthCheck(unit);
        theMoveInShowsOnLuminitasPage(participant);
        browser.logOut();

        browser.logInAs("housing");
        theHousingReportCountsTheTenancy();
        browser.logOut();
    }

    private String theCoachEnrolsLuminita() {
        browser.logInAs("coach1");
        var id = Intake.enrol(browser, "Luminița", "Pop");
        browser.waitForText("Luminița Pop");
        browser.open("/caseload");
        browser.type("filter-q", "pop");
        browser.waitForText(By.id("caseload-table"), "Luminița Pop");
        browser.logOut();
        return id;
    }

    private String theHousingOfficerEntersAPropertyWithTwoUnits() {
        browser.waitForPath("/housing/units");
        browser.clickLink("Objekt erfassen");
        browser.waitForPath("/housing/properties/new");
        browser.type("newProperty-street", "Mallinckrodtstraße");
        browser.type("newProperty-houseNumber", "12");
        browser.type("newProperty-postcode", "44147");
        browser.type("newProperty-city", "Dortmund");
        browser.type("newProperty-district", "Nordstadt");
        browser.choose("newProperty-holding", "PURCHASED");
        browser.type("newProperty-owner", "Stiftung Soziale Stadt");
        browser.date("newProperty-since", "2026-02-01");
        browser.click(By.cssSelector("form:has(#newProperty-street) button[type=submit]"));
        browser.waitForText("Das Objekt wurde erfasst.");
        var property = browser.currentPath().substring("/housing/properties/".length());
        addUnit("2. OG links", "2", "54.5", "380");
        addUnit("EG rechts", "3", "71", "495.50");
        assertThat(browser.text(By.cssSelector("table.data"))).contains("2. OG links", "EG rechts", "54,5 m²");
        return property;
    }

    private void addUnit(String label, String rooms, String area, String rent) {
        browser.type("newUnit-unitLabel", label);
        browser.type("newUnit-rooms", rooms);
        browser.type("newUnit-areaSqm", area);
        browser.type("newUnit-rentCold", rent);
        browser.click(By.cssSelector("form:has(#newUnit-unitLabel) button[type=submit]"));
        browser.waitForText(By.cssSelector("table.data"), label);
    }

    private String openTheFirstUnit(String property) {
        browser.clickLink("2. OG links");
        browser.waitForPath("/housing/units/");
        browser.waitForText("Belegungsrecht erfassen");
        assertThat(browser.text()).contains("Mallinckrodtstraße 12", "nicht verfügbar");
        return browser.currentPath().substring("/housing/units/".length());
    }

    private void aPeriodEndingBeforeItBeginsIsRefusedBesideItsField() {
        browser.type("occupancyRight-grantor", "Wohnungsamt Dortmund");
        browser.choose("occupancyRight-kind", "OCCUPANCY");
        browser.date("occupancyRight-validFrom", "2026-03-01");
        browser.date("occupancyRight-validUntil", "2025-02-28");
        browser.clickAndAwaitSwap(submitOf("occupancyRight-grantor"), UNIT);
        assertThat(browser.text(By.id("occupancyRight-validUntil-error")))
                .isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");
    }

    private void grantAnOccupancyRight() {
        browser.date("occupancyRight-validUntil", "2031-02-28");
        browser.clickAndAwaitSwap(submitOf("occupancyRight-grantor"), UNIT);
        assertThat(browser.text(By.cssSelector("#unit .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector(".unit-timeline")))
                .contains(
                        "01.03.2026",
                        "Belegungsrecht (Besetzungsrecht) von Wohnungsamt Dortmund, gültig bis 28.02.2031");
    }

    private void openAVacancy() {
        browser.date("vacancy-availableFrom", "2026-03-01");
        browser.clickAndAwaitSwap(submitOf("vacancy-availableFrom"), UNIT);
        assertThat(browser.text(By.cssSelector("#unit .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector("#unit .page-head"))).contains("frei");
    }

    private void aSecondVacancyBreaksARuleShownInPlace() {
        browser.date("vacancy-availableFrom", "2026-03-15");
        browser.clickAndAwaitSwap(submitOf("vacancy-availableFrom"), UNIT);
        assertThat(browser.text(By.cssSelector("form:has(#vacancy-availableFrom) [role=alert]")))
                .isEqualTo("Für diese Wohnung ist bereits ein Leerstand offen.");
        browser.screenshot("housing-unit");
    }

    private void theCoachOffersTheUnitToLuminita(String unit, String participant) {
        browser.clickLink("Wohnungen");
        browser.waitForPath("/housing/units");
        browser.choose("filter-status", "VACANT");
        browser.waitForText(By.id("units-table"), "2. OG links");
        assertThat(browser.text()).doesNotContain("Objekt erfassen");
        browser.open("/housing/units/" + unit);
        browser.waitForText("Wohnung anbieten");
        assertThat(browser.text()).doesNotContain("Belegungsrecht erfassen", "Angebot angenommen");
        browser.type("offer-find", "Lumin");
        browser.click(By.cssSelector("button[form=offer-search]"));
        browser.waitForPath("/housing/units/" + unit + "?find=Lumin");
        assertThat(new Select(browser.field("offer-participantId")).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("– bitte wählen –", "Luminița Pop");
        browser.choose("offer-participantId", participant);
        browser.date("offer-offeredOn", "2026-03-02");
        // An offer still unanswered after its day to answer expires at once, so that day lies ahead.
        browser.date("offer-respondBy", LocalDate.now().plusDays(14).toString());
        browser.clickAndAwaitSwap(submitOf("offer-offeredOn"), UNIT);
        assertThat(browser.text(By.cssSelector("#unit .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector("table.offers"))).contains("Luminița Pop", "offen");
    }

    private void theOfferIsAcceptedTheTenancyStartsAndLuminitaMovesIn(String unit) {
        browser.open("/housing/units/" + unit);
        browser.waitForText("Angebot angenommen");
        browser.date("acceptance-date", "2026-03-05");
        browser.clickAndAwaitSwap(submitOf("acceptance-date"), UNIT);
        browser.waitForText(By.cssSelector("table.offers"), "angenommen");
        browser.date("tenancy-start", "2026-04-01");
        browser.clickAndAwaitSwap(submitOf("tenancy-start"), UNIT);
        browser.waitForText(By.cssSelector("table.tenancies"), "seit 01.04.2026");
        browser.date("moveIn-date", "2026-04-01");
        browser.clickAndAwaitSwap(submitOf("moveIn-date"), UNIT);
        assertThat(browser.text(By.cssSelector("#unit .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector(".unit-timeline"))).contains("Luminița Pop ist eingezogen");
        assertThat(browser.text(By.cssSelector("#unit .page-head"))).contains("vermietet");
    }

    private void theCoachRecordsTheSixMonthCheck(String unit) {
        browser.open("/housing/units/" + unit);
        browser.waitForText("Nachschau");
        browser.date("check-date", "2026-10-01");
        browser.choose("check-status", "STABLE");
        browser.clickAndAwaitSwap(submitOf("check-date"), UNIT);
        assertThat(browser.text(By.cssSelector("#unit .notice"))).isEqualTo("Gespeichert.");
        assertThat(browser.text(By.cssSelector("table.tenancies"))).contains("01.10.2026 · stabil");
    }

    private void theMoveInShowsOnLuminitasPage(String participant) {
        browser.open("/participants/" + participant);
        browser.reloadUntil("01.04.2026 · eigene Mietwohnung");
        assertThat(browser.text()).contains("01.04.2026 · eigene Mietwohnung", "Wohnen im Projekt");
        assertThat(browser.text(By.cssSelector("ul.tenancies")))
                .contains("Mallinckrodtstraße 12", "2. OG links", "eingezogen am 01.04.2026");
        assertThat(browser.text(By.cssSelector("ul.offers"))).contains("angenommen");
    }

    private void theHousingReportCountsTheTenancy() {
        browser.clickLink("Wohnbericht");
        browser.waitForPath("/reports/housing");
        browser.open("/reports/housing?from=2026-01-01&to=2026-12-31");
        browser.waitForText("Ausgang der Angebote");
        assertThat(browser.text(By.xpath("//dt[.='Begonnene Mietverhältnisse']/following-sibling::dd[1]")))
                .isEqualTo("1");
        assertThat(browser.text(By.xpath("//dt[.='Angebote']/following-sibling::dd[1]")))
                .isEqualTo("1");
        browser.screenshot("housing-report");
        browser.clickLink("English");
        browser.waitForText("Offer outcomes");
        assertThat(browser.text()).contains("Housing report", "Units by status (today)", "Tenancies started");
        browser.clickLink("Deutsch");
        browser.waitForText("Ausgang der Angebote");
    }

    /** The form's own submit button, not its participant search's, which submits the page's search form. */
    private static By submitOf(String field) {
        return By.cssSelector("form:has(#" + field + ") button[type=submit]:not([form])");
    }
}
