package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingReport;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.web.WebSlice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(HousingReportPageController.class)
@WebSlice
class HousingReportPageControllerTest {

    private static final HousingReport REPORT = new HousingReport(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            Instant.parse("2027-01-01T00:00:00Z"),
            new HousingReport.Portfolio(3, 11, Map.of(Holding.PURCHASED, 4L, Holding.LEASED, 7L), 2),
            new HousingReport.Renovation(3, 4),
            new HousingReport.OccupancyRights(5, 1),
            new HousingReport.Offers(9, 4, 1, 1, Map.of(DeclineReason.TOO_EXPENSIVE, 2L, DeclineReason.LOCATION, 1L)),
            new HousingReport.Placements(4, 1, new BigDecimal("23")),
            new HousingReport.Sustainment(3, 2));

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsEvaluatorsTheFiguresAndTheReportsChartsForThePeriodAskedFor() {
        answer();
        var page = mvc.get()
                .uri("/reports/housing?from=2026-01-01&to=2026-12-31&asOf=2027-01-01T00:00")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Zeitraum 01.01.2026 bis 31.12.2026",
                        "Ausgang der Angebote",
                        "Gründe für Ablehnungen",
                        "23 Tage",
                        "Tage bis zur Vermietung",
                        "<rect class=\"bar-fill bar-offerOutcomes\" x=\"0\" y=\"0\" height=\"10\" width=\"100.0\">",
                        "width=\"75.0\"")
                .doesNotContain("Wohnungen nach Status", "href=\"/housing/units\"", "href=\"/caseload\"");
        var query = ArgumentCaptor.forClass(FindHousingReport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().asOf()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        verify(queries, never()).query(any(FindUnits.class), any(ResponseType.class));
    }

    @Test
    void showsHousingOfficersTheUnitsByStatusToo() {
        answer();
        given(queries.query(any(FindUnits.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(new UnitPage(List.of(), 2)));
        var page = mvc.get()
                .uri("/reports/housing")
                .with(user("housing").roles("HOUSING"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Wohnungen nach Status (heute)",
                        "in Sanierung",
                        "href=\"/housing/units\"",
                        "href=\"/housing/occupancy-rights\"",
                        "href=\"/reports/housing\" aria-current=\"page\"")
                .doesNotContain("href=\"/caseload\"", "href=\"/reports/esf\"");
        var asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, times(1 + UnitStatus.values().length)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues())
                .filteredOn(FindUnits.class::isInstance)
                .extracting(query -> ((FindUnits) query).status())
                .containsExactly(UnitStatus.values());
    }

    @Test
    void isNoPageForCoaches() {
        assertThat(mvc.get().uri("/reports/housing").with(user("coach1").roles("COACH")))
                .hasStatus(403);
    }

    private void answer() {
        given(queries.query(any(FindHousingReport.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(REPORT));
    }
}
